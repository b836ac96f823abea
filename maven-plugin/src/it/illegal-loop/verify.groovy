// The build fails on the loop-carried dependency with javac's format, on the line marked in the source.
def log = new File(basedir, 'build.log').text
def sourceLines = new File(basedir, 'src/main/java/demo/Prefix.java').readLines()
int line = sourceLines.findIndexOf { it.contains('// BUG: jpar error') } + 1
assert line > 0

def where = "src/main/java/demo/Prefix.java:${line}:"
assert log.readLines().any { it ==~ /\[ERROR\] \Q${where}\E\d+: error: .+/ } : "no error reported at ${where}"
assert log =~ /jpar found \d+ errors?(: |; the first: )src\/main\/java\/demo\/Prefix\.java:\d+:\d+: error: / :
        'the failure names the count and the first error'
assert !(log =~ /\tat io\.jpar\./) : 'a refused loop is reported, not a stack trace'
assert !new File(basedir, 'target/classes/demo/Prefix.class').exists()
