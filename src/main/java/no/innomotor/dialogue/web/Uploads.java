package no.innomotor.dialogue.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.innomotor.dialogue.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The files of a multipart form as the dialogue's uploads. */
final class Uploads {

    private Uploads() {}

    static List<Upload> of(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .map(file -> {
                    try {
                        String name = file.getOriginalFilename();
                        return new Upload(name == null ? "" : name, file.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
