// The user's build: both GPU loops became kernels (in the rewritten source and as .cl files to read), and the
// test ran them on the OpenCL device with jpar.fallback=error, so a loop that fell back to the CPU failed it.
def log = new File(basedir, 'build.log').text
def rewritten = new File(basedir, 'target/generated-sources/jpar/demo/Saxpy.java').text
assert rewritten.count('io.jpar.runtime.gpu.GpuLoops.forInt(') == 2
assert rewritten.contains('__kernel void')

def kernels = new File(basedir, 'target/jpar/kernels').listFiles()?.findAll { it.name.endsWith('.cl') }*.name?.sort()
assert kernels?.size() == 2 : "one kernel file per GPU loop: ${kernels}"
assert kernels.every { it.startsWith('Saxpy_') }

assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, .* in demo\.SaxpyTest/
assert !log.contains('jpar: warning:') : 'no loop fell back to the CPU'
