/**
 * Small writers for the documents the platform hands out: a PDF (OpenPDF) and a spreadsheet (fastexcel). Callers
 * give them text already in the reader's language; the writers know layout, fonts and formats, nothing of a module.
 */
@org.jspecify.annotations.NullMarked
package no.innomotor.shared.documents;
