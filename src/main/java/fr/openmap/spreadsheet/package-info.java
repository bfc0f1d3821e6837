/**
 * Participants in and out of spreadsheets: buyers or structures read from CSV or Excel {@code .xlsx}
 * (column mapping guessed from French or English headers, every row checked by the registration's own
 * rules, all or nothing) and written back to CSV or {@code .xlsx} with French headers.
 */
package fr.openmap.spreadsheet;
