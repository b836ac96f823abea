// Build 1 (package jpar:run, 3 ranks): the CLUSTER methods were rewritten for the cluster runtime and the job's
// program, which exits 1 on a wrong result, printed its check and ended with status 0.
// Build 2 (jpar:run of a program whose last rank throws): the build failed with the job's exit code and the
// exception's message, within the timeout, without a stack trace from inside the plugin.
def log = new File(basedir, 'build.log').text

def rewritten = new File(basedir, 'target/generated-sources/jpar/demo/Sums.java').text
assert rewritten.contains('io.jpar.runtime.cluster.ClusterLoops.forInt(')
assert rewritten.contains('.scatter(x, ') && rewritten.contains('.gather(y, ') : 'x scattered, y gathered'

assert log.contains('cluster results equal the sequential ones: total 2.49750015E7, count 142857')
assert !log.contains('WRONG:')
assert log =~ /jpar: running demo\.Sums on 3 ranks \(niodev\)/

assert log.contains('bad value at 299') : "the failing rank's exception is printed"
assert log =~ /\[ERROR\] .*jpar: the cluster job demo\.Failing failed with exit code 1/
assert !(log =~ /\tat io\.jpar\.maven\./) : 'a failed job is reported, not a stack trace of the plugin'
