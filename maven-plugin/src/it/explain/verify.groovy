// mvn jpar:explain prints the report and writes it to target/jpar/explain.txt; it rewrites and compiles nothing.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/jpar/explain.txt')
assert report.isFile()
def text = report.text

int loopLine = new File(basedir, 'src/main/java/demo/Squares.java').readLines()
        .findIndexOf { it.contains('for (int i = 0;') } + 1
assert text.contains("Squares.java:${loopLine}") : 'the loop is named by its line'
assert text =~ /(?m)^\s*decision: parallel/ : "the loop's decision"
assert text =~ /(?m)^\s*reductions: sum\b/ : 'the reduction'
text.readLines().each { assert log.contains("[INFO] ${it}") : "not printed: ${it}" }
assert log.contains('[INFO] jpar: report written to target/jpar/explain.txt')

assert !new File(basedir, 'target/generated-sources/jpar').exists()
assert !new File(basedir, 'target/classes').exists()
