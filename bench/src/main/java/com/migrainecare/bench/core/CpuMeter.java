package com.migrainecare.bench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the rest of the machine was: CPU time of all processes ({@code /proc/stat}) minus this JVM's own
 * ({@code /proc/self/stat}), in cores. On a shared machine this tells which figures were measured while
 * something else competed for the CPU. Linux only; elsewhere the figure is unknown (NaN).
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every common Linux build

    /** A reading: busy ticks of the whole machine and of this process. */
    public record Reading(long machineTicks, long ownTicks, long nanos) {}

    private CpuMeter() {}

    public static Reading read() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // "cpu  user nice system idle iowait ..."
            String[] f = cpu.trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5 && i <= 8) { // user nice system (idle) (iowait) irq softirq steal
                    busy += Long.parseLong(f[i]);
                }
            }
            String self = Files.readString(Path.of("/proc/self/stat"));
            String[] s = self.substring(self.lastIndexOf(')') + 2).trim().split("\\s+");
            long own = Long.parseLong(s[11]) + Long.parseLong(s[12]); // utime, stime (fields 14 and 15)
            return new Reading(busy, own, System.nanoTime());
        } catch (IOException | RuntimeException e) {
            return new Reading(-1, -1, System.nanoTime());
        }
    }

    /** Cores' worth of CPU that other processes used between two readings. */
    public static double othersBetween(Reading from, Reading to) {
        if (from.machineTicks() < 0 || to.machineTicks() < 0 || to.nanos() <= from.nanos()) {
            return Double.NaN;
        }
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        long others = (to.machineTicks() - from.machineTicks()) - (to.ownTicks() - from.ownTicks());
        return Math.max(0, others / TICKS_PER_SECOND / seconds);
    }

    /** Cores' worth of CPU this JVM used between two readings. */
    public static double ownBetween(Reading from, Reading to) {
        if (from.ownTicks() < 0 || to.ownTicks() < 0 || to.nanos() <= from.nanos()) {
            return Double.NaN;
        }
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        return (to.ownTicks() - from.ownTicks()) / TICKS_PER_SECOND / seconds;
    }
}
