package no.innomotor.notices.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The notice files an administrator uploads at once. */
public class NoticeUploadForm {

    private List<MultipartFile> files = new ArrayList<>();

    /** The files actually chosen: a form sent without a choice carries one empty part. */
    public List<MultipartFile> chosen() {
        return files.stream().filter(file -> !file.isEmpty() || hasName(file)).toList();
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
