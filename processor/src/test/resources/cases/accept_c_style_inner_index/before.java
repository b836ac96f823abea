import io.jpar.Parallel;

class Kernels {
    static final class Vec {
        double x, y, z;
        Vec(double x, double y, double z) { this.x = x; this.y = y; this.z = z; }
        Vec sub(Vec o) { return new Vec(x - o.x, y - o.y, z - o.z); }
        double dot(Vec o) { return x * o.x + y * o.y + z * o.z; }
        Vec norm() { double l = Math.sqrt(dot(this)); x /= l; y /= l; z /= l; return this; }
    }

    @Parallel
    static int[] trace(int w, int h, Vec eye, Vec center, double radius) {
        int[] img = new int[w * h];
        int px, py;
        Vec dir, oc;
        double b, c, disc;
        for (py = 0; py < h; py++) {
            for (px = 0; px < w; px++) {
                dir = new Vec(px - w / 2.0, py - h / 2.0, 500).norm();
                oc = eye.sub(center);
                b = oc.dot(dir);
                c = oc.dot(oc) - radius * radius;
                disc = b * b - c;
                img[py * w + px] = disc > 0 ? 255 : 0;
            }
        }
        return img;
    }

    /** 8-byte blocks, C style. */
    @Parallel
    static void xtea(int[] v, int[] key, int blocks) {
        int b, round, v0, v1, sum;
        for (b = 0; b < blocks; b++) {
            v0 = v[2 * b];
            v1 = v[2 * b + 1];
            sum = 0;
            for (round = 0; round < 32; round++) {
                v0 += (((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + key[sum & 3]);
                sum += 0x9E3779B9;
                v1 += (((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + key[(sum >>> 11) & 3]);
            }
            v[2 * b] = v0;
            v[2 * b + 1] = v1;
        }
    }
}
