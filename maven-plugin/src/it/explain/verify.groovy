// mvn jpar:explain prints the report and writes it to target/jpar/explain.txt; it rewrites and compiles nothing.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/jpar/explain.txt')
assert report.isFile()
def text = report.text
assert text.contains('Squares.sumOfSquares') || text.contains('sumOfSquares(')
assert text =~ /(?i)parallel/ : 'the decision for the loop'
assert text.contains('sum') : 'the reduction'
text.readLines().findAll { it.trim() }.take(5).each { assert log.contains("[INFO] ${it}") : "printed: ${it}" }
assert log.contains('jpar: report written to target/jpar/explain.txt')

assert !new File(basedir, 'target/generated-sources/jpar').exists()
assert !new File(basedir, 'target/classes').exists()
