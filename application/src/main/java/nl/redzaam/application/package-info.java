/**
 * The application layer: use cases named by intent ({@code usecase}) and the outbound ports they
 * need ({@code port}). It depends on the domain only; adapters implement the ports and call the use
 * cases.
 */
package nl.redzaam.application;
