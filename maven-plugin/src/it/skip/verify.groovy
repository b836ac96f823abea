// -Djpar.skip=true: the project compiles its sources as written and jpar generates nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('jpar: skipped (jpar.skip)')
assert !new File(basedir, 'target/generated-sources/jpar').exists()

def classes = new File(basedir, 'target/classes/demo')
def squares = new File(classes, 'Squares.class')
assert squares.isFile()
// The rewritten method would hold a local class (Squares$1JparLoop1) and call the runtime.
assert classes.list().findAll { it.startsWith('Squares$') } == []
assert !new String(squares.bytes, 'ISO-8859-1').contains('io/jpar/runtime')
