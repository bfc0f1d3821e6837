package fr.openmap.access;

/** Addresses at the service's public URL ({@code OPENMAP_PUBLIC_URL}, with or without its trailing slash). */
public final class PublicUrls {

    private PublicUrls() {
    }

    /** {@code path} (starting with "/") at {@code publicUrl}. */
    public static String at(String publicUrl, String path) {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + path;
    }
}
