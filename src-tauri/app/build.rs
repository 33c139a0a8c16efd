fn main() {
    // The manifest and tauri.conf.json both live at the repository root, which
    // is this build script's working directory; the capabilities sit beside
    // the app's sources.
    println!("cargo:rerun-if-changed=tauri.conf.json");
    println!("cargo:rerun-if-changed=ui/dist");
    let attrs =
        tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/app/capabilities/**/*");
    tauri_build::try_build(attrs).expect("tauri build step");
    // tauri-build also writes editor JSON schemas to ./gen; the build does not
    // read them, and the repository root keeps only its own folders.
    let _ = std::fs::remove_dir_all("gen");
}
