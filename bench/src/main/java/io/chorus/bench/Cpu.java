package io.chorus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by a process, in milliseconds. On a machine where other work competes for the
 * cores, CPU per lifecycle moves far less than lifecycles per second, so P1 prints both.
 */
final class Cpu {

  /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private Cpu() {}

  /** This JVM's CPU time so far. */
  static double ofThisJvm() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e6;
    }
    return -1;
  }

  /** Another process's CPU time so far (user and system time from /proc/PID/stat). */
  static double ofProcess(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    // Fields after the command name, which is in parentheses and may hold spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1000 / TICKS_PER_SECOND;
  }
}
