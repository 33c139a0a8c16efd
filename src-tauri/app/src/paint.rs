//! How WebKitGTK paints the window on this computer (Linux only).
//!
//! WebKitGTK composites the page with OpenGL. On a computer with no GPU it
//! can use (no DRM render node: a virtual machine, a remote desktop, Xvfb)
//! that OpenGL is Mesa's llvmpipe, a GPU emulated on the CPU, whose threads
//! take the cores the page needs while it draws: on the 10-year ledger, on
//! 2 cores, the dashboard reached the screen 1.2–2.3 s later than when
//! WebKit paints on the CPU directly (tests/bench/BENCHMARKS.md). So with
//! no render node the app asks WebKit for its direct path, unless whoever
//! launched it has already set the variable that chooses.

use std::path::Path;

/// The variable WebKitGTK reads: set, it paints without compositing.
const VAR: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Where Linux keeps the GPUs' device nodes.
const DRI: &str = "/dev/dri";

/// Whether `dri` holds a render node (`renderD128`, ...): a GPU WebKit's
/// OpenGL can draw with. A missing or unreadable folder holds none.
fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().as_encoded_bytes().starts_with(b"renderD"))
    })
}

/// Whether WebKit should paint on the CPU: the launcher has not chosen
/// (`chosen`: the variable is already set, to anything) and `dri` holds
/// no render node.
fn paint_on_cpu(chosen: bool, dri: &Path) -> bool {
    !chosen && !has_render_node(dri)
}

/// Asks WebKit to paint on the CPU when there is no GPU to composite with.
/// It sets a process environment variable: call it before any thread starts.
pub fn choose() {
    if paint_on_cpu(std::env::var_os(VAR).is_some(), Path::new(DRI)) {
        std::env::set_var(VAR, "1");
        crate::startup::mark("paint on the CPU (no GPU render node)");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_render_node_webkit_paints_on_the_cpu() {
        let dir = tempfile::tempdir().unwrap();
        // A display-only node (KMS, no rendering) is not a GPU to draw with.
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        assert!(paint_on_cpu(false, dir.path()));
        assert!(paint_on_cpu(false, &dir.path().join("missing")));
    }

    #[test]
    fn with_a_render_node_webkit_composites_as_it_chooses() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        std::fs::write(dir.path().join("renderD128"), b"").unwrap();
        assert!(!paint_on_cpu(false, dir.path()));
    }

    #[test]
    fn a_launcher_that_chose_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!paint_on_cpu(true, dir.path()));
        assert!(!paint_on_cpu(true, &dir.path().join("missing")));
    }
}
