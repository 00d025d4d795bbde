import java.nio.file.Files;
import java.nio.file.Path;

/** The CPU time (user + system) the server's JVM has used so far, from /proc (Linux); NaN without its pid. */
final class ServerCpu {

    private final long pid;

    ServerCpu(long pid) {
        this.pid = pid;
    }

    double seconds() throws Exception {
        if (pid <= 0) {
            return Double.NaN;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in 1/100 s
    }
}
