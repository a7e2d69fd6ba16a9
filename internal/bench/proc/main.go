// Command proc runs a command once, its output discarded, and prints its CPU
// time (user + system), wall time and peak resident memory from the
// kernel's accounting of the child:
//
//	process <cpu ns> <wall ns> <peak resident KiB>
//
// These are the figures /usr/bin/time prints, at a finer resolution than
// its hundredths of a second. internal/bench/run.sh times `cchc render` and
// pandoc with it, alternating.
//
// It is a command of its own, importing nothing of the module, because the
// kernel counts in a child's peak memory the memory of the process that
// started it: Go starts a child with vfork, and the child's peak is then at
// least the parent's size when it runs the command. A parent that loaded
// the whole SDK (the measure command, about 11 MiB) would hide every peak
// below its own; this one is about 2 MiB.
//
// Usage:
//
//	go run ./internal/bench/proc COMMAND [ARG...]
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "proc:", err)
		os.Exit(1)
	}
}

// run runs the command args once and prints its figures to stdout.
func run(args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		return errors.New("usage: proc COMMAND [ARG...]")
	}
	cmd := exec.Command(args[0], args[1:]...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return err
		}
		// cchc render exits 1 when the report has error findings and
		// --strict is set; any exit is a finished run.
	}
	wall := time.Since(start)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return errors.New("no resource usage for the process")
	}
	cpu := ru.Utime.Nano() + ru.Stime.Nano()
	_, err := fmt.Fprintf(stdout, "process %d %d %d\n", cpu, wall.Nanoseconds(), ru.Maxrss)
	return err
}
