//! The real PC/SC stack for tests: a private `pcscd` with `vsmartcard-vpcd` virtual readers,
//! and virtual cards that connect to them.
//!
//! Each test gets its own daemon on its own socket (systemd-style socket activation, which
//! pcscd supports), found by clients through `PCSCLITE_CSOCK_NAME`, so tests run in parallel.
//! A vpcd reader shows as two readers, "<name> 00 00" and "<name> 00 01", each listening on a
//! TCP port for its virtual card (the configured port and the one after it). vpcd keeps its
//! state per driver, so one daemon has at most one vpcd reader: two readers are its two slots.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::unix::io::AsRawFd;
use std::os::unix::net::UnixListener;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU16, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

const VPCD_DRIVER: &str = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";

/// The ATR of a Buypass ID smart card.
pub const BUYPASS: [u8; 20] = [
    0x3B, 0x9F, 0x96, 0x40, 0x0A, 0x80, 0x31, 0xE0, 0x6B, 0x04, 0x20, 0x05, 0x02, 0x58, 0x55, 0x55,
    0x55, 0x55, 0x55, 0x55,
];

/// A running pcscd with virtual readers; stopped when dropped.
pub struct Pcscd {
    child: Child,
    pub socket: PathBuf,
    reader: Option<(String, u16)>,
    _dir: tempfile::TempDir,
}

impl Pcscd {
    /// Starts pcscd with a vpcd reader called `name` (two slots).
    pub fn start(name: &str) -> Pcscd {
        Pcscd::launch(Some(name))
    }

    /// Starts pcscd with no reader configured.
    pub fn without_readers() -> Pcscd {
        Pcscd::launch(None)
    }

    fn launch(name: Option<&str>) -> Pcscd {
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("reader.conf.d");
        std::fs::create_dir(&conf).unwrap();
        let reader = name.map(|name| {
            let port = free_port_pair();
            std::fs::write(
                conf.join("vpcd"),
                format!("FRIENDLYNAME \"{name}\"\nDEVICENAME /dev/null:0x{port:X}\nLIBPATH {VPCD_DRIVER}\nCHANNELID 0x{port:X}\n"),
            )
            .unwrap();
            (name.to_string(), port)
        });
        let socket = dir.path().join("pcscd.comm");
        let listener = UnixListener::bind(&socket).unwrap();
        let fd = listener.as_raw_fd();
        let mut command = Command::new("sh");
        command
            .args([
                "-c",
                "LISTEN_PID=$$ exec pcscd --foreground --debug --config \"$0\"",
            ])
            .arg(&conf)
            .env("LISTEN_FDS", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        // SAFETY: dup2 and fcntl are async-signal-safe; the child gets the listening socket as fd 3.
        unsafe {
            command.pre_exec(move || {
                // dup2 onto itself keeps close-on-exec, so clear it explicitly.
                if libc::dup2(fd, 3) < 0 || libc::fcntl(3, libc::F_SETFD, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = command
            .spawn()
            .expect("pcscd must be installed (tests/run.sh installs it)");
        drop(listener);
        let (ready_tx, ready_rx) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("daemon ready") {
                    let _ = ready_tx.send(());
                }
            }
        });
        if ready_rx.recv_timeout(Duration::from_secs(15)).is_err() {
            let _ = child.kill();
            let _ = child.wait();
            panic!("pcscd did not start");
        }
        Pcscd {
            child,
            socket,
            reader,
            _dir: dir,
        }
    }

    /// A socket path where no daemon listens.
    pub fn nowhere() -> PathBuf {
        std::env::temp_dir().join(format!("loginsjekk-no-pcscd-{}.comm", std::process::id()))
    }

    /// The PC/SC name of a slot (0 or 1).
    pub fn slot(&self, slot: u16) -> String {
        format!("{} 00 {slot:02}", self.reader.as_ref().expect("a reader").0)
    }

    /// The TCP port a virtual card connects to for a slot.
    pub fn port(&self, slot: u16) -> u16 {
        self.reader.as_ref().expect("a reader").1 + slot
    }

    /// loginsjekk with `args` as a client of this daemon, in language `lang`, looking for
    /// pcsc-tools' list of known cards in `cache` first; stdout and stderr piped.
    pub fn loginsjekk(&self, cache: &std::path::Path, lang: &str, args: &[&str]) -> Child {
        Command::new(assert_cmd::cargo::cargo_bin("loginsjekk"))
            .args(args)
            .env("PCSCLITE_CSOCK_NAME", &self.socket)
            .env("XDG_CACHE_HOME", cache)
            .env("LANG", lang)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn loginsjekk")
    }
}

impl Pcscd {
    /// Stops the daemon (SIGSTOP): its socket still accepts connections, but nothing answers.
    /// Dropping it still ends it.
    pub fn freeze(&self) {
        // SAFETY: kill(2) with our own child's pid and a valid signal number.
        assert_eq!(
            unsafe { libc::kill(self.child.id() as i32, libc::SIGSTOP) },
            0
        );
    }
}

impl Drop for Pcscd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Two free ports in a row (vpcd listens on both, on every interface). Handed out from one
/// counter so that tests starting daemons at the same time never pick the same ports.
fn free_port_pair() -> u16 {
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let _ = NEXT.compare_exchange(
        0,
        20_000 + (std::process::id() % 2_000) as u16 * 10,
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
    for _ in 0..1_000 {
        let port = NEXT.fetch_add(2, Ordering::SeqCst);
        let free = |p: u16| TcpListener::bind(("127.0.0.1", p)).is_ok();
        if free(port) && free(port + 1) {
            return port;
        }
    }
    panic!("no two free ports in a row");
}

/// How a virtual card behaves.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Answers like a working card.
    Normal,
    /// Is there, but fails when powered up: a card inserted the wrong way or with a dirty chip.
    Mute,
}

/// A virtual card in a vpcd reader. It records every command (APDU) it receives and answers
/// each with an error status; the tests assert that none arrives.
pub struct VirtualCard {
    stream: TcpStream,
    apdus: Arc<Mutex<Vec<Vec<u8>>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl VirtualCard {
    pub fn insert(port: u16, atr: &[u8], behaviour: Behaviour) -> VirtualCard {
        let stream = (0..100)
            .find_map(|_| {
                TcpStream::connect(("127.0.0.1", port)).ok().or_else(|| {
                    std::thread::sleep(Duration::from_millis(50));
                    None
                })
            })
            .expect("vpcd did not accept the virtual card");
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let apdus = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let mut stream = stream.try_clone().unwrap();
            let apdus = Arc::clone(&apdus);
            let stop = Arc::clone(&stop);
            let atr = atr.to_vec();
            std::thread::spawn(move || serve(&mut stream, &atr, behaviour, &apdus, &stop))
        };
        VirtualCard {
            stream,
            apdus,
            stop,
            thread: Some(thread),
        }
    }

    /// Every APDU received so far.
    pub fn apdus(&self) -> Vec<Vec<u8>> {
        self.apdus.lock().unwrap().clone()
    }

    /// Takes the card out; returns every APDU it received.
    pub fn remove(mut self) -> Vec<Vec<u8>> {
        self.take_out();
        self.apdus()
    }

    fn take_out(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.stream.shutdown(Shutdown::Both);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for VirtualCard {
    fn drop(&mut self) {
        self.take_out();
    }
}

/// vpcd's protocol: 2-byte big-endian length, then the payload. A 1-byte payload is a control
/// byte (0 power off, 1 power on, 2 reset, 4 send the ATR); anything longer is an APDU.
fn serve(
    stream: &mut TcpStream,
    atr: &[u8],
    behaviour: Behaviour,
    apdus: &Mutex<Vec<Vec<u8>>>,
    stop: &AtomicBool,
) {
    let mut powering_up = false;
    while !stop.load(Ordering::SeqCst) {
        let mut header = [0u8; 2];
        match read_exact_or_stop(stream, &mut header, stop) {
            Some(()) => {}
            None => return,
        }
        let mut payload = vec![0u8; usize::from(u16::from_be_bytes(header))];
        if read_exact_or_stop(stream, &mut payload, stop).is_none() {
            return;
        }
        let reply: Option<Vec<u8>> = match payload.as_slice() {
            [1] => {
                powering_up = true;
                None
            }
            [0] | [2] => None,
            [4] if behaviour == Behaviour::Mute && powering_up => {
                powering_up = false;
                // Longer than any ATR: vpcd reports the power-up as failed, so PC/SC sees a mute card.
                Some(vec![0u8; 40])
            }
            [4] => Some(atr.to_vec()),
            [_] => None,
            apdu => {
                apdus.lock().unwrap().push(apdu.to_vec());
                Some(vec![0x6D, 0x00])
            }
        };
        if let Some(reply) = reply {
            let mut message = (reply.len() as u16).to_be_bytes().to_vec();
            message.extend_from_slice(&reply);
            if stream.write_all(&message).is_err() {
                return;
            }
        }
    }
}

fn read_exact_or_stop(stream: &mut TcpStream, buf: &mut [u8], stop: &AtomicBool) -> Option<()> {
    let mut filled = 0;
    while filled < buf.len() {
        if stop.load(Ordering::SeqCst) {
            return None;
        }
        match stream.read(&mut buf[filled..]) {
            Ok(0) => return None,
            Ok(n) => filled += n,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return None,
        }
    }
    Some(())
}

/// Another program holding a card exclusively (SCardConnect with SCARD_SHARE_EXCLUSIVE, no
/// command sent), as a separate process through `tests/support/hold_card.py`.
pub struct Holder {
    child: Child,
}

impl Holder {
    pub fn hold(pcscd: &Pcscd, reader: &str) -> Holder {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/hold_card.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(reader)
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 must be installed (tests/run.sh installs it)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "held", "could not hold the card: {line}");
        Holder { child }
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
