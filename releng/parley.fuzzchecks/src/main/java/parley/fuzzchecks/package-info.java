/**
 * Checks shared by the fuzz targets of Parley's untrusted inputs (docs/RELIABILITY.md, "Fuzzing"): a time bound
 * with a retry for busy machines, snapshots of the files a target must not change, and what makes an error clear.
 */
package parley.fuzzchecks;
