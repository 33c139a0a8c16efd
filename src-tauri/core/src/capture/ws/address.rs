//! A WebSocket address checked before capture connects: `ws://` only, this
//! computer unless the creator confirmed another host, and one identity for
//! every spelling of this computer.

use std::net::IpAddr;

use crate::capture::event::short;
use crate::capture::DEFAULT_WS_URL;
use crate::error::{Error, Result};

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
        return Err(bad(format!(
            "{host} is not this computer: capture only listens to tools running here \
             (127.0.0.1, ::1, localhost). To use another host, type it and confirm \
             (CLI: --allow-remote-host)"
        )));
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
fn bad(m: String) -> Error {
    Error::invalid("WebSocket URL", m)
}

/// What follows `ws://` in `url` (of a bounded length); `wss://` and other
/// schemes are refused with the address to use.
fn after_scheme(url: &str) -> Result<&str> {
    if url.len() > MAX_URL {
        return Err(bad(format!("expected at most {MAX_URL} characters")));
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("ws://") {
        Ok(&url[5..])
    } else if lower.starts_with("wss://") {
        Err(bad(format!(
            "{} is a secure (wss://) address; live tools on this computer serve ws://, e.g. {}",
            short(url),
            DEFAULT_WS_URL
        )))
    } else {
        Err(bad(format!(
            "expected a ws:// address such as {}, found {}",
            DEFAULT_WS_URL,
            short(url)
        )))
    }
}

/// The host and the port as written in `authority` (`host:port`,
/// `[v6]:port`, or either without a port); a user name is refused.
fn split_authority<'a>(url: &str, authority: &'a str) -> Result<(&'a str, Option<&'a str>)> {
    if authority.contains('@') {
        return Err(bad(format!(
            "expected no user name in the address, found {}",
            short(url)
        )));
    }
    let Some(v6) = authority.strip_prefix('[') else {
        return Ok(match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        });
    };
    let close = v6.find(']').ok_or_else(|| {
        bad(format!(
            "an IPv6 address needs its closing ], found {}",
            short(url)
        ))
    })?;
    let host = &v6[..close];
    match &v6[close + 1..] {
        "" => Ok((host, None)),
        p => match p.strip_prefix(':') {
            Some(p) => Ok((host, Some(p))),
            None => Err(bad(format!(
                "expected :PORT after the address, found {}",
                short(url)
            ))),
        },
    }
}

/// `host` if it is a name or address at all: not empty, and only the
/// characters those are written in.
fn checked_host<'a>(url: &str, host: &'a str) -> Result<&'a str> {
    if host.is_empty() {
        return Err(bad(format!("expected a host, found {}", short(url))));
    }
    if !host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'))
    {
        return Err(bad(format!(
            "expected a host name or address, found {}",
            short(host)
        )));
    }
    Ok(host)
}

/// The port written (1 to 65535), else 80.
fn checked_port(port: Option<&str>) -> Result<u16> {
    match port {
        None => Ok(80),
        Some(p) => p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| {
            bad(format!(
                "expected a port from 1 to 65535, found {}",
                short(p)
            ))
        }),
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
}
