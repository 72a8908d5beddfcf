/** Uploaded files: what a file is, judged by its content, and the reasons one is refused. */
@org.jspecify.annotations.NullMarked
package no.innomotor.shared.files;
