/**
 * The resident's budget plan (budgetplan): an overview of income, expenses and debts per trajectory
 * that resident and coach fill in together and that the resident keeps after the trajectory, and
 * the right a professional gives the resident to read or change it.
 */
package nl.redzaam.domain.budget;
