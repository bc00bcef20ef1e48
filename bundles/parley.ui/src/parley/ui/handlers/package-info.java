/**
 * Command handlers: plain injected objects ({@code @CanExecute}, {@code @Execute}) that ask the user and
 * delegate to the services and workflows below.
 */
package parley.ui.handlers;
