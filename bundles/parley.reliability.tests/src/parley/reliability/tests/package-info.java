/**
 * The fault matrix (docs/RELIABILITY.md): every operation that writes, under SIGKILL of a child process, a full
 * disk, a read-only folder, a second process and remote faults, with the checks that nothing was lost or left
 * broken afterwards. {@code FaultChild} is the child process; {@code Test*Matrix} and {@code TestRemoteFaults}
 * are the columns.
 */
package parley.reliability.tests;
