//! A WebSocket address checked before capture connects: `ws://` only, this
//! computer unless the creator confirmed another host, and one identity for
//! every spelling of this computer.

use std::net::IpAddr;

use crate::capture::event::short;
use crate::capture::DEFAULT_WS_URL;
use crate::error::{Error, Result};
use crate::l10n::Message;

/// Longest URL accepted.
const MAX_URL: usize = 2048;

/// A checked WebSocket address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WsTarget {
    /// The URL as used (`ws://host:port/path`).
    pub url: String,
    /// The source's identity, whatever the spelling: every name of this
    /// computer (`localhost`, `127.0.0.1`, `::1`) is one host, so what a
    /// restart needs (streaks held, messages taken) is found again.
    pub key: String,
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Connect only to loopback addresses (the host was not confirmed as remote).
    pub loopback_only: bool,
}

/// Whether an address is this machine: 127.0.0.0/8 or ::1 (also as an
/// IPv4-mapped IPv6 address).
pub fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// Checks a `ws://` URL. A host other than this machine (127.0.0.0/8, ::1,
/// localhost) is refused unless `allow_remote_host`: the creator typed it and
/// confirmed it.
pub fn check_ws_url(url: &str, allow_remote_host: bool) -> Result<WsTarget> {
    let url = url.trim();
    let rest = after_scheme(url)?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(end);
    let (host, port) = split_authority(url, authority)?;
    let host = checked_host(url, host)?;
    let port = checked_port(port)?;
    let loopback = names_this_computer(host);
    if !loopback && !allow_remote_host {
        return Err(bad(Message::new("core-invalid-ws-remote")
            .text("host", host)
            .text("cli", " (CLI: --allow-remote-host)")));
    }
    let shown_host = if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    let path = if path.is_empty() { "/" } else { path };
    let key_host = if loopback {
        "this-computer".to_string()
    } else {
        shown_host.to_ascii_lowercase()
    };
    Ok(WsTarget {
        key: format!("ws://{key_host}:{port}{path}"),
        url: format!("ws://{shown_host}:{port}{path}"),
        host: host.to_string(),
        port,
        loopback_only: !allow_remote_host || loopback,
    })
}

/// The error every refusal of an address is.
fn bad(said: Message) -> Error {
    Error::invalid_said("WebSocket URL", said)
}

/// What follows `ws://` in `url` (of a bounded length); `wss://` and other
/// schemes are refused with the address to use.
fn after_scheme(url: &str) -> Result<&str> {
    if url.len() > MAX_URL {
        return Err(bad(
            Message::new("core-invalid-ws-too-long").text("max", MAX_URL.to_string())
        ));
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("ws://") {
        Ok(&url[5..])
    } else if lower.starts_with("wss://") {
        Err(bad(Message::new("core-invalid-ws-secure")
            .text("url", short(url))
            .text("example", DEFAULT_WS_URL)))
    } else {
        Err(bad(Message::new("core-invalid-ws-scheme")
            .text("example", DEFAULT_WS_URL)
            .text("url", short(url))))
    }
}

/// The host and the port as written in `authority` (`host:port`,
/// `[v6]:port`, or either without a port); a user name is refused.
fn split_authority<'a>(url: &str, authority: &'a str) -> Result<(&'a str, Option<&'a str>)> {
    if authority.contains('@') {
        return Err(bad(
            Message::new("core-invalid-ws-user").text("url", short(url))
        ));
    }
    let Some(v6) = authority.strip_prefix('[') else {
        return Ok(match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        });
    };
    let close = v6
        .find(']')
        .ok_or_else(|| bad(Message::new("core-invalid-ws-bracket").text("url", short(url))))?;
    let host = &v6[..close];
    match &v6[close + 1..] {
        "" => Ok((host, None)),
        p => match p.strip_prefix(':') {
            Some(p) => Ok((host, Some(p))),
            None => Err(bad(
                Message::new("core-invalid-ws-port-after").text("url", short(url))
            )),
        },
    }
}

/// `host` if it is a name or address at all: not empty, and only the
/// characters those are written in.
fn checked_host<'a>(url: &str, host: &'a str) -> Result<&'a str> {
    if host.is_empty() {
        return Err(bad(
            Message::new("core-invalid-ws-no-host").text("url", short(url))
        ));
    }
    if !host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'))
    {
        return Err(bad(
            Message::new("core-invalid-ws-host").text("host", short(host))
        ));
    }
    Ok(host)
}

/// The port written (1 to 65535), else 80.
fn checked_port(port: Option<&str>) -> Result<u16> {
    match port {
        None => Ok(80),
        Some(p) => p
            .parse::<u16>()
            .ok()
            .filter(|p| *p > 0)
            .ok_or_else(|| bad(Message::new("core-invalid-ws-port").text("port", short(p)))),
    }
}

/// Whether `host` is this computer: a loopback address, `localhost`, or a
/// name under `.localhost`.
fn names_this_computer(host: &str) -> bool {
    match host.parse::<IpAddr>() {
        Ok(ip) => is_loopback(ip),
        Err(_) => {
            let h = host.to_ascii_lowercase();
            h == "localhost" || h.ends_with(".localhost")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_urls_pass_and_others_need_confirming() {
        for ok in [
            "ws://localhost:21213/",
            "ws://127.0.0.1:21213",
            "ws://127.8.9.10:1/x",
            "ws://[::1]:21213/",
            "WS://LOCALHOST:21213/",
        ] {
            let t = check_ws_url(ok, false).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert!(t.loopback_only);
        }
        assert_eq!(
            check_ws_url("ws://localhost:21213", false).unwrap().url,
            "ws://localhost:21213/"
        );
        assert_eq!(
            check_ws_url("ws://[::1]:5/a", false).unwrap().url,
            "ws://[::1]:5/a"
        );
        for remote in [
            "ws://192.168.1.20:21213/",
            "ws://example.com/",
            "ws://0.0.0.0:1/",
            "ws://[::ffff:10.0.0.1]:1/",
        ] {
            let e = check_ws_url(remote, false).unwrap_err().to_string();
            assert!(e.contains("not this computer"), "{remote}: {e}");
            assert!(!check_ws_url(remote, true).unwrap().loopback_only);
        }
        for bad in [
            "http://localhost/",
            "wss://localhost/",
            "ws://:80/",
            "ws://localhost:0/",
            "ws://localhost:99999/",
            "ws://a@localhost/",
        ] {
            assert!(check_ws_url(bad, true).is_err(), "{bad}");
        }
    }

    #[test]
    fn refusals_keep_their_english_and_speak_german() {
        let err = |url: &str| check_ws_url(url, false).unwrap_err();
        let long = format!("ws://{}", "a".repeat(MAX_URL));
        // Each address beside the text the old code wrote for it.
        for (url, old) in [
            (
                "ws://192.168.1.20:21213/",
                "192.168.1.20 is not this computer: capture only listens to tools running here \
                 (127.0.0.1, ::1, localhost). To use another host, type it and confirm \
                 (CLI: --allow-remote-host)"
                    .to_string(),
            ),
            (long.as_str(), format!("expected at most {MAX_URL} characters")),
            (
                "wss://localhost:1/",
                format!(
                    "{} is a secure (wss://) address; live tools on this computer serve ws://, e.g. {}",
                    short("wss://localhost:1/"),
                    DEFAULT_WS_URL
                ),
            ),
            (
                "http://x",
                format!(
                    "expected a ws:// address such as {}, found {}",
                    DEFAULT_WS_URL,
                    short("http://x")
                ),
            ),
            (
                "ws://u@localhost/",
                format!("expected no user name in the address, found {}", short("ws://u@localhost/")),
            ),
            (
                "ws://[::1/",
                format!("an IPv6 address needs its closing ], found {}", short("ws://[::1/")),
            ),
            (
                "ws://[::1]x/",
                format!("expected :PORT after the address, found {}", short("ws://[::1]x/")),
            ),
            ("ws://:80/", format!("expected a host, found {}", short("ws://:80/"))),
            (
                "ws://a%b/",
                format!("expected a host name or address, found {}", short("a%b")),
            ),
            (
                "ws://localhost:0/",
                format!("expected a port from 1 to 65535, found {}", short("0")),
            ),
        ] {
            assert_eq!(err(url).to_string(), format!("WebSocket URL: {old}"), "{url}");
        }
        let de = crate::l10n::Localizer::new("de");
        let said = err("ws://localhost:0/").message().expect("a message");
        assert_eq!(
            de.render(&said),
            "erwartet einen Port von 1 bis 65535, gefunden: '0'"
        );
    }
}
