package io.jpar.runtime.gpu;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks the device for this process: a GPU, else an accelerator, else a CPU device (the first of its kind in
 * OpenCL's order), unless {@code jpar.gpu.device} (or {@code JPAR_GPU_DEVICE}) names one: a number is an index
 * into the list of all devices, anything else a piece of a device's or platform's name (case ignored; the
 * preferred match wins).
 */
final class DeviceChoice {

    /** System property and environment variable that pick the device. */
    static final String DEVICE_PROPERTY = "jpar.gpu.device";
    static final String DEVICE_ENV = "JPAR_GPU_DEVICE";

    private DeviceChoice() {
    }

    /** The setting in force as {@code {source, value}}, or null when neither is set. */
    static String[] setting() {
        String value = System.getProperty(DEVICE_PROPERTY);
        if (value != null && !value.isBlank()) {
            return new String[] {"system property " + DEVICE_PROPERTY, value.trim()};
        }
        value = System.getenv(DEVICE_ENV);
        if (value != null && !value.isBlank()) {
            return new String[] {"environment variable " + DEVICE_ENV, value.trim()};
        }
        return null;
    }

    /**
     * @param devices every device, in OpenCL's order (not empty)
     * @param setting {@code {source, value}} from {@link #setting()}, or null
     * @throws IllegalArgumentException naming the setting, its value and every device when it matches none
     */
    static DeviceInfo choose(List<DeviceInfo> devices, String[] setting) {
        List<DeviceInfo> preferred = devices.stream()
                .sorted(Comparator.comparing(DeviceInfo::kind).thenComparingInt(DeviceInfo::index))
                .toList();
        if (setting == null) {
            return preferred.get(0);
        }
        String value = setting[1];
        if (value.chars().allMatch(Character::isDigit)) {
            for (DeviceInfo d : devices) {
                if (Integer.toString(d.index()).equals(value.replaceFirst("^0+(?=.)", ""))) {
                    return d;
                }
            }
            throw noMatch(devices, setting, "there is no device number " + value);
        }
        String wanted = value.toLowerCase(Locale.ROOT);
        for (DeviceInfo d : preferred) {
            if (d.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || d.platform().toLowerCase(Locale.ROOT).contains(wanted)) {
                return d;
            }
        }
        throw noMatch(devices, setting, "no device or platform name contains '" + value + "'");
    }

    private static IllegalArgumentException noMatch(List<DeviceInfo> devices, String[] setting, String why) {
        StringBuilder text = new StringBuilder("jpar: " + setting[0] + " is '" + setting[1] + "', but " + why
                + "; the OpenCL devices are:");
        for (DeviceInfo d : devices) {
            text.append("\n  ").append(d.index()).append(": ").append(d.describe());
        }
        return new IllegalArgumentException(text.toString());
    }
}
