// Build 1 (verify): every source is written to target/generated-sources/jpar, the annotated one rewritten, and
// the compiled, rewritten method passes SquaresTest (two threads, the sequential result).
// Build 2 (verify again, nothing changed): jpar does not process again and the compiler finds nothing to do.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/jpar/demo')

def original = new File(basedir, 'src/main/java/demo/Squares.java').text
def rewritten = new File(generated, 'Squares.java').text
assert rewritten.contains('io.jpar.runtime.cpu.CpuLoops.forInt(')
assert rewritten.readLines().size() == original.readLines().size() : 'the rewritten file keeps the line numbers'
assert new File(generated, 'Inputs.java').text == new File(basedir, 'src/main/java/demo/Inputs.java').text

def classes = new File(basedir, 'target/classes/demo').list() as List
assert classes.any { it.startsWith('Squares$') } : "the loop's local class was compiled: ${classes}"

assert log.contains('[INFO] jpar: 2 files, 1 rewritten')
def passed = log.readLines().count { it ==~ /\[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, .* in demo\.SquaresTest/ }
assert passed == 2 : 'SquaresTest passed in both builds'
assert log.count('jpar: nothing changed since the last run (2 files)') == 1 : 'only the second build skips'
assert log.contains('Nothing to compile - all classes are up to date') : 'no output file was rewritten'
