//! The interpreter's configuration: what the command line and environment asked for (CPython's `PyConfig`) and the paths derived from them — prefix, the stdlib, Ouro's `Lib/`, the start of `sys.path` (Modules/getpath.py's job).

use std::cell::RefCell;
use std::path::{Path, PathBuf};

/// The options `sys.flags`, `sys.path` and start-up read.
#[derive(Clone, Debug)]
pub struct Config {
    pub isolated: bool,
    pub ignore_environment: bool,
    pub safe_path: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub dont_write_bytecode: bool,
    pub unbuffered: bool,
    pub verbose: u32,
    pub quiet: bool,
    pub inspect: bool,
    pub optimize: u32,
    pub bytes_warning: u32,
    pub warnoptions: Vec<String>,
    /// `-X` options as given (`name` or `name=value`).
    pub xoptions: Vec<String>,
    /// `PYTHON_FROZEN_MODULES`.
    pub frozen_modules_env: Option<String>,
    /// `--check-hash-based-pycs`: `default`, `always` or `never`.
    pub check_hash_based_pycs: String,
    pub import_time: bool,
    /// `PYTHONPATH` entries.
    pub pythonpath: Vec<String>,
    /// `PYTHONHOME`: the prefix holding `stdlib/` (and `Lib/`).
    pub home: Option<PathBuf>,
    pub pycache_prefix: Option<String>,
    /// `sys.path[0]` as start-up computed it (`None` with `-P`): what the
    /// "consider renaming" hints of import errors compare module files with.
    pub sys_path_0: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            isolated: false,
            ignore_environment: false,
            safe_path: false,
            no_user_site: false,
            no_site: false,
            dont_write_bytecode: false,
            unbuffered: false,
            verbose: 0,
            quiet: false,
            inspect: false,
            optimize: 0,
            bytes_warning: 0,
            warnoptions: Vec::new(),
            xoptions: Vec::new(),
            frozen_modules_env: None,
            check_hash_based_pycs: "default".into(),
            import_time: false,
            pythonpath: Vec::new(),
            home: None,
            pycache_prefix: None,
            sys_path_0: None,
        }
    }
}

impl Config {
    /// Applies the `PYTHON*` environment variables (unless `-E`/`-I`), as
    /// `config_read_env_vars` does after the command line.
    pub fn read_environment(&mut self) {
        if self.isolated {
            self.ignore_environment = true;
            self.safe_path = true;
            self.no_user_site = true;
        }
        if self.ignore_environment {
            return;
        }
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let level = |name: &str| var(name).map(|v| v.parse::<u32>().unwrap_or(1));
        if let Some(path) = var("PYTHONPATH") {
            self.pythonpath = path.split(':').map(str::to_string).collect();
        }
        if let Some(home) = var("PYTHONHOME") {
            self.home = Some(PathBuf::from(home));
        }
        self.dont_write_bytecode |= var("PYTHONDONTWRITEBYTECODE").is_some();
        self.safe_path |= var("PYTHONSAFEPATH").is_some();
        self.no_user_site |= var("PYTHONNOUSERSITE").is_some();
        self.unbuffered |= var("PYTHONUNBUFFERED").is_some();
        self.inspect |= var("PYTHONINSPECT").is_some();
        self.import_time |= var("PYTHONPROFILEIMPORTTIME").is_some();
        self.verbose = self.verbose.max(level("PYTHONVERBOSE").unwrap_or(0));
        self.optimize = self.optimize.max(level("PYTHONOPTIMIZE").unwrap_or(0));
        self.frozen_modules_env = var("PYTHON_FROZEN_MODULES");
        if self.pycache_prefix.is_none() {
            self.pycache_prefix = var("PYTHONPYCACHEPREFIX");
        }
        if let Some(w) = var("PYTHONWARNINGS") {
            // The environment's filters come before the command line's.
            let mut options: Vec<String> = w
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            options.append(&mut self.warnoptions);
            self.warnoptions = options;
        }
    }

    /// `config_init_warnoptions`: `-b` adds its filter last, so it wins
    /// over `-W` and `PYTHONWARNINGS` for `BytesWarning`.
    pub fn add_bytes_warning_option(&mut self) {
        match self.bytes_warning {
            0 => {}
            1 => self.warnoptions.push("default::BytesWarning".into()),
            _ => self.warnoptions.push("error::BytesWarning".into()),
        }
    }

    /// The `-X frozen_modules` value, else `PYTHON_FROZEN_MODULES`'s
    /// (`on`, `off`, or anything else, which start-up refuses).
    pub fn frozen_modules_setting(&self) -> Option<&str> {
        match self.xoption("frozen_modules") {
            Some("") => Some("on"),
            Some(v) => Some(v),
            None => self.frozen_modules_env.as_deref(),
        }
    }

    /// `-X name[=value]`'s value (`Some("")` for a bare `-X name`).
    pub fn xoption(&self, name: &str) -> Option<&str> {
        self.xoptions
            .iter()
            .rev()
            .find_map(|x| match x.split_once('=') {
                Some((n, v)) if n == name => Some(v),
                None if x == name => Some(""),
                _ => None,
            })
    }
}

/// Where the interpreter's Python files are.
#[derive(Clone, Debug, Default)]
pub struct Paths {
    /// `sys.prefix`: the directory holding `stdlib/` (the repository in a
    /// build tree), or the executable's directory when none is found.
    pub prefix: PathBuf,
    /// The provisioned CPython stdlib (`sys._stdlib_dir`).
    pub stdlib: Option<PathBuf>,
    /// Ouro's own `Lib/`, searched before the stdlib.
    pub lib: Option<PathBuf>,
}

/// The prefix is `PYTHONHOME`, else the nearest ancestor of the executable
/// with a `stdlib/` holding `os.py` (tools/fetch-stdlib puts it beside
/// `target/`).
pub fn find_paths(home: Option<&Path>, executable: &Path) -> Paths {
    let has_stdlib = |dir: &Path| dir.join("stdlib").join("os.py").is_file();
    let prefix = match home {
        Some(h) => Some(h.to_path_buf()),
        None => executable
            .ancestors()
            .skip(1)
            .find(|d| has_stdlib(d))
            .map(Path::to_path_buf),
    };
    let Some(prefix) = prefix else {
        return Paths {
            prefix: executable
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            stdlib: None,
            lib: None,
        };
    };
    let stdlib = prefix.join("stdlib");
    let lib = prefix.join("Lib");
    Paths {
        stdlib: stdlib.is_dir().then_some(stdlib),
        lib: lib.is_dir().then_some(lib),
        prefix,
    }
}

ouro_objects::gil_shared! {
    static CONFIG: RefCell<Config> = RefCell::new(Config::default());
    static PATHS: RefCell<Paths> = RefCell::new(Paths::default());
}

/// Installs the configuration and paths for this interpreter.
pub fn install(config: Config, paths: Paths) {
    CONFIG.with(|c| *c.borrow_mut() = config);
    PATHS.with(|p| *p.borrow_mut() = paths);
}

/// The configuration in force.
pub fn get() -> Config {
    CONFIG.with(|c| c.borrow().clone())
}

pub fn paths() -> Paths {
    PATHS.with(|p| p.borrow().clone())
}

/// `sys._stdlib_dir`.
pub fn stdlib_dir() -> Option<PathBuf> {
    PATHS.with(|p| p.borrow().stdlib.clone())
}

/// `-X frozen_modules` (else `PYTHON_FROZEN_MODULES`): whether the
/// frozen stdlib modules are used; on unless set to `off`.
pub fn use_frozen_modules() -> bool {
    CONFIG.with(|c| c.borrow().frozen_modules_setting() != Some("off"))
}

/// `_imp.check_hash_based_pycs`.
pub fn check_hash_based_pycs() -> String {
    CONFIG.with(|c| c.borrow().check_hash_based_pycs.clone())
}

/// `sys.path` before `sys.path[0]` and `site`: `PYTHONPATH`, `Lib/`, the stdlib.
pub fn module_search_path(config: &Config, paths: &Paths) -> Vec<String> {
    let mut path: Vec<String> = config.pythonpath.clone();
    for dir in [&paths.lib, &paths.stdlib].into_iter().flatten() {
        path.push(dir.to_string_lossy().into_owned());
    }
    path
}
