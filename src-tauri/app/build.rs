fn main() {
    // tauri.conf.json lives at the repository root, beside the workspace
    // Cargo.toml; tauri-build reads it from the current directory.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::set_current_dir(&root).expect("repository root");
    println!(
        "cargo:rerun-if-changed={}",
        root.join("tauri.conf.json").display()
    );
    println!("cargo:rerun-if-changed={}", root.join("ui/dist").display());
    // The capabilities sit beside this crate, not at the root.
    let attrs =
        tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/app/capabilities/**/*");
    tauri_build::try_build(attrs).expect("tauri build step");
    // tauri-build also writes editor JSON schemas to ./gen; the build does not
    // read them, and the repository root keeps only its own folders.
    let _ = std::fs::remove_dir_all(root.join("gen"));
}
