/**
 * The final report (eindrapportage) of a trajectory as a PDF, and the advice to the sub-district
 * court that the specialist of a protective-administration trajectory writes for it.
 */
package nl.redzaam.application.trajectory.report;
