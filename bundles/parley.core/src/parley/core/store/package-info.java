/**
 * The playbook store: sharded, deterministic XMI files written atomically through a journal, the local
 * state folder ({@link parley.core.store.LocalState}), path confinement for untrusted folders ({@link
 * parley.core.store.PlaybookPaths}), and the typed errors that name a file and what to do.
 */
package parley.core.store;
