/**
 * Publishing API: what to publish (selection, layout, what changed), the output guard that keeps exports
 * out of playbook folders, and the publisher interface the front ends call.
 */
package parley.publish;
