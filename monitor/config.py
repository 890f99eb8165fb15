"""wardwatch.toml -> validated settings.

Every problem in a file is collected and reported at once, each naming the file, the
dotted key and how to fix it (``ConfigError``; the CLI exits 2). Secrets are never written
in the file itself: a secret is ``{ env = "NAME" }`` or ``{ file = "path" }``.
"""

from __future__ import annotations

import difflib
import importlib.util
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any

from connectors.registry import BUILTIN, UnknownPlatform, connector_class
from monitor.config_schema import ACCOUNT_KEYS, OWNER_KEYS, SECTIONS, Key
from monitor.errors import EXIT_CONFIG, WardwatchError
from monitor.scoring.base import CATEGORIES

DEFAULT_PATH = "wardwatch.toml"
ENV_PATH = "WARDWATCH_CONFIG"


@dataclass(frozen=True, slots=True)
class Problem:
    key: str
    message: str


class ConfigError(WardwatchError):
    exit_status = EXIT_CONFIG

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        lines = [f"{self.path}: {p.key}: {p.message}" for p in problems]
        super().__init__("\n".join(lines))


# --- the settings objects ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OwnerConfig:
    name: str
    email: str
    timezone: str = "Europe/London"
    staffed_hours: str = "Mon-Fri 09:00-17:00"
    bank_holidays: str = "ENG"
    digest_time: time = time(7, 30)
    delegate_email: str = ""


@dataclass(frozen=True, slots=True)
class AccountConfig:
    name: str
    owner: str
    platform: str
    poll_every: timedelta = timedelta(minutes=15)
    api_base_url: str = ""
    kind: str = "official"
    enabled: bool = True
    options: Mapping[str, Any] = field(default_factory=dict)
    credentials: Mapping[str, str] = field(default_factory=dict)
    # The config file's folder: relative paths in options are relative to it.
    config_dir: str = "."


# The sections as typed, read-only objects (``settings.email.smtp.host``), built from the
# validated tables when the config is loaded; config_schema says what each key means.


@dataclass(frozen=True, slots=True)
class StorageSettings:
    url: str
    retention_unflagged_days: int
    retention_flagged_days: int


@dataclass(frozen=True, slots=True)
class ScoringSettings:
    toxicity: str
    model_threads: int
    batch_size: int
    auto_hide: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    security: str
    username: str
    password: str | None
    timeout: float
    ca_file: str


@dataclass(frozen=True, slots=True)
class EmailSettings:
    mode: str
    sender: str  # the ``from`` key
    outbox_dir: str
    send_empty: bool
    mask_excerpts: bool
    smtp: SmtpSettings


@dataclass(frozen=True, slots=True)
class WebSettings:
    base_url: str
    host: str
    port: int
    secret_key: str | None
    link_expiry_hours: int
    link_rate_limit: str


@dataclass(frozen=True, slots=True)
class AlertSettings:
    urls: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OidcSettings:
    issuer: str
    label: str
    client_id: str
    client_secret: str | None
    scopes: str
    roles_claim: str
    admin_role: str
    member_services_role: str


@dataclass(frozen=True, slots=True)
class TeamSettings:
    admins: tuple[str, ...]
    member_services: tuple[str, ...]
    magic_link: bool
    session_hours: int
    oidc: OidcSettings


@dataclass(frozen=True, slots=True)
class PollingSettings:
    connect_timeout: float
    read_timeout: float
    call_deadline: float
    poll_budget: float
    workers: int


@dataclass(frozen=True, slots=True)
class IncidentSettings:
    window_days: int
    thresholds: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class DistributedSettings:
    broker_url: str
    visibility_timeout: int


@dataclass(frozen=True, slots=True)
class Settings:
    path: Path
    sections: Mapping[str, Mapping[str, Any]]
    owners: list[OwnerConfig]
    accounts: list[AccountConfig]
    storage: StorageSettings
    scoring: ScoringSettings
    email: EmailSettings
    web: WebSettings
    alerts: AlertSettings
    team: TeamSettings
    polling: PollingSettings
    incidents: IncidentSettings
    distributed: DistributedSettings

    def section(self, name: str) -> Mapping[str, Any]:
        """A validated table as read (the scoring engine takes its sections this way)."""
        return self.sections[name]

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def resolve_path(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    @property
    def database_url(self) -> str:
        url: str = self.sections["storage"]["url"]
        # A relative SQLite path is relative to the config file, not the current folder.
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix:
            return prefix + str(self.resolve_path(url[len(prefix) :]))
        return url

    def owner(self, name: str) -> OwnerConfig:
        for owner in self.owners:
            if owner.name == name:
                return owner
        raise KeyError(name)

    def account(self, name: str) -> AccountConfig:
        for account in self.accounts:
            if account.name == name:
                return account
        raise KeyError(name)


# --- loading ----------------------------------------------------------------------------


def config_path(explicit: str | None = None) -> Path:
    return Path(explicit or os.environ.get(ENV_PATH) or DEFAULT_PATH)


def load(path: Path | str) -> Settings:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            path,
            [
                Problem(
                    "(file)",
                    "not found: copy config.example.toml to wardwatch.toml, or pass --config",
                )
            ],
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, [Problem("(syntax)", f"{exc}: fix the TOML syntax")]) from None
    return parse(raw, path=path)


def parse(raw: Mapping[str, Any], *, path: Path) -> Settings:
    reader = _Reader(path)
    sections = reader.sections(raw)
    owners = reader.owners(raw.get("owners", []))
    accounts = reader.accounts(raw.get("accounts", []), {o.name for o in owners})
    known = {"owners", "accounts"} | {name.split(".")[0] for name in SECTIONS}
    for key in raw:
        if key not in known:
            reader.problem(key, f"unknown section: use one of {', '.join(sorted(known))}")
    if reader.problems:
        raise ConfigError(path, reader.problems)
    return Settings(
        path=path, sections=sections, owners=owners, accounts=accounts, **_typed(sections)
    )


def _typed(sections: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The typed section objects, from tables already validated (every key present)."""
    email, smtp, team, oidc = (
        sections["email"],
        sections["email.smtp"],
        sections["team"],
        sections["team.oidc"],
    )
    scoring = sections["scoring"]
    return {
        "storage": StorageSettings(**sections["storage"]),
        "scoring": ScoringSettings(
            toxicity=scoring["toxicity"],
            model_threads=scoring["model_threads"],
            batch_size=scoring["batch_size"],
            auto_hide=tuple(scoring["auto_hide"]),
            names=tuple(scoring["names"]),
        ),
        "email": EmailSettings(
            mode=email["mode"],
            sender=email["from"],
            outbox_dir=email["outbox_dir"],
            send_empty=email["send_empty"],
            mask_excerpts=email["mask_excerpts"],
            smtp=SmtpSettings(**{**smtp, "timeout": float(smtp["timeout"])}),
        ),
        "web": WebSettings(**sections["web"]),
        "alerts": AlertSettings(urls=tuple(str(url) for url in sections["alerts"]["urls"])),
        "team": TeamSettings(
            admins=tuple(team["admins"]),
            member_services=tuple(team["member_services"]),
            magic_link=team["magic_link"],
            session_hours=team["session_hours"],
            oidc=OidcSettings(**oidc),
        ),
        "polling": PollingSettings(**sections["polling"]),
        "incidents": IncidentSettings(
            window_days=sections["incidents"]["window_days"],
            thresholds=dict(sections["incidents.thresholds"]),
        ),
        "distributed": DistributedSettings(**sections["distributed"]),
    }


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        # Secrets nothing will use (SMTP in outbox mode, a disabled account's tokens): a
        # reference to an unset variable or a missing file is not a problem there.
        self.unused_secrets: set[str] = set()

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(key, message))

    def value(self, table: Mapping[str, Any], name: str, spec: Key, dotted: str) -> Any:
        if name not in table:
            if spec.required:
                self.problem(dotted, "is required")
            return spec.default
        value = table[name]
        if spec.secret:
            return self.secret(value, dotted)
        if not isinstance(value, spec.types) or (
            isinstance(value, bool) and bool not in spec.types
        ):
            expected = " or ".join(t.__name__ for t in spec.types)
            self.problem(dotted, f"expected {expected}, got {type(value).__name__} {value!r}")
            return spec.default
        if spec.convert is not None:
            try:
                return spec.convert(value)
            except ValueError as exc:
                self.problem(dotted, f"{value!r} is not valid: {exc}")
                return spec.default
        return value

    def table(
        self,
        table: Any,
        keys: Mapping[str, Key],
        dotted: str,
        extra_ok: frozenset[str] | set[str] = frozenset(),
    ) -> dict[str, Any]:
        if not isinstance(table, dict):
            self.problem(dotted, f"expected a table, got {type(table).__name__}")
            return {name: spec.default for name, spec in keys.items()}
        result = {
            name: self.value(table, name, spec, f"{dotted}.{name}") for name, spec in keys.items()
        }
        for name in table:
            if name not in keys and name not in extra_ok:
                self.problem(f"{dotted}.{name}", _unknown_hint(name, keys))
        return result

    def secret(self, ref: Any, dotted: str) -> str | None:
        if ref is None or ref == "":
            return None
        if isinstance(ref, str):
            self.problem(
                dotted,
                'secrets are never written inline: use { env = "NAME" } or { file = "path" }',
            )
            return None
        if not isinstance(ref, dict) or set(ref) not in ({"env"}, {"file"}):
            self.problem(dotted, 'use { env = "NAME" } or { file = "path" }')
            return None
        unused = any(dotted.startswith(prefix) for prefix in self.unused_secrets)
        if "env" in ref:
            value = os.environ.get(str(ref["env"]))
            if not value and not unused:
                self.problem(
                    dotted,
                    f"environment variable {ref['env']} is not set: export it "
                    "before starting wardwatch",
                )
            return value or None
        secret_path = Path(str(ref["file"])).expanduser()
        if not secret_path.is_absolute():
            secret_path = self.path.parent / secret_path
        try:
            return secret_path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            if not unused:
                self.problem(dotted, f"cannot read secret file {secret_path}: {exc.strerror}")
            return None

    def sections(self, raw: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        email = raw.get("email", {})
        if isinstance(email, dict) and email.get("mode", "outbox-dir") != "smtp":
            self.unused_secrets.add("email.smtp.")
        oidc = raw.get("team", {}).get("oidc", {}) if isinstance(raw.get("team"), dict) else {}
        if not (isinstance(oidc, dict) and oidc.get("issuer")):
            self.unused_secrets.add("team.oidc.")
        result: dict[str, dict[str, Any]] = {}
        for name, keys in SECTIONS.items():
            table: Any = raw
            for part in name.split("."):
                table = table.get(part, {}) if isinstance(table, dict) else {}
            children = {
                n.split(".")[len(name.split("."))] for n in SECTIONS if n.startswith(name + ".")
            }
            result[name] = self.table(table, keys, name, extra_ok=children)
        self.storage_driver(result["storage"].get("url"))
        opinion = result["scoring.second_opinion"]
        if opinion.get("enabled") and not (opinion.get("base_url") and opinion.get("model")):
            self.problem(
                "scoring.second_opinion",
                "enabled needs base_url and model (for a local Ollama, base_url = "
                '"http://127.0.0.1:11434/v1"), or set enabled = false',
            )
        thresholds = raw.get("scoring", {}).get("thresholds", {})
        if isinstance(thresholds, dict):
            for category in thresholds:
                if category not in CATEGORIES:
                    self.problem(
                        f"scoring.thresholds.{category}",
                        f"unknown category: use {', '.join(CATEGORIES)}",
                    )
        return result

    def storage_driver(self, url: Any) -> None:
        """A server database needs its driver: say so now, not at the first query."""
        if isinstance(url, str) and url.startswith("postgresql"):
            driver = url.split("://", 1)[0].partition("+")[2] or "psycopg2"
            module = {"psycopg": "psycopg", "psycopg2": "psycopg2"}.get(driver, driver)
            if importlib.util.find_spec(module) is None:
                self.problem(
                    "storage.url",
                    f"PostgreSQL support ({module}) is not installed: "
                    "pip install 'wardwatch[postgres]' and use postgresql+psycopg://",
                )

    def owners(self, raw: Any) -> list[OwnerConfig]:
        owners = []
        for index, table in enumerate(_as_list(raw, "owners", self)):
            values = self.table(table, OWNER_KEYS, _item("owners", index, table))
            if values["name"] and values["email"]:
                owners.append(OwnerConfig(**values))
        names = [o.name for o in owners]
        for name in {n for n in names if names.count(n) > 1}:
            self.problem("owners", f"owner name {name!r} is used twice: names must be unique")
        return owners

    def accounts(self, raw: Any, owner_names: set[str]) -> list[AccountConfig]:
        accounts = []
        for index, table in enumerate(_as_list(raw, "accounts", self)):
            dotted = _item("accounts", index, table)
            if not isinstance(table, dict):
                self.problem(dotted, "expected a table ([[accounts]])")
                continue
            if table.get("enabled") is False:
                self.unused_secrets.add(f"{dotted}.credentials.")
            platform = table.get("platform")
            option_specs: Mapping[str, Any] = {}
            credential_specs: Mapping[str, Any] = {}
            if isinstance(platform, str):
                try:
                    cls = connector_class(platform)
                    option_specs, credential_specs = cls.options, cls.credential_keys
                except UnknownPlatform as exc:
                    self.problem(f"{dotted}.platform", str(exc))
                    continue
            option_keys = {
                name: Key((spec.type,), None, required=spec.required)
                for name, spec in option_specs.items()
            }
            values = self.table(
                table, {**ACCOUNT_KEYS, **option_keys}, dotted, extra_ok={"credentials"}
            )
            credentials = self.credentials(
                table.get("credentials", {}), credential_specs, f"{dotted}.credentials"
            )
            if values["owner"] and values["owner"] not in owner_names:
                self.problem(
                    f"{dotted}.owner",
                    f"no owner named {values['owner']!r}: add an [[owners]] table with that name",
                )
            if values["name"] and values["owner"] and values["platform"]:
                options = {k: values.pop(k) for k in option_keys}
                accounts.append(
                    AccountConfig(
                        **values,
                        options={k: v for k, v in options.items() if v is not None},
                        credentials=credentials,
                        config_dir=str(self.path.parent),
                    )
                )
        names = [a.name for a in accounts]
        for name in {n for n in names if names.count(n) > 1}:
            self.problem("accounts", f"account name {name!r} is used twice: names must be unique")
        return accounts

    def credentials(self, table: Any, specs: Mapping[str, Any], dotted: str) -> dict[str, str]:
        if not isinstance(table, dict):
            self.problem(dotted, "expected a table of secret references")
            return {}
        resolved: dict[str, str] = {}
        for name, ref in table.items():
            if specs and name not in specs:
                self.problem(f"{dotted}.{name}", _unknown_hint(name, specs))
                continue
            value = self.secret(ref, f"{dotted}.{name}")
            if value:
                resolved[name] = value
        return resolved


def _item(key: str, index: int, table: Any) -> str:
    """How a problem names an [[owners]] or [[accounts]] table: by its name when it has
    one (``accounts["hughes-x"]``), else by position (``accounts[3]``, counting from 0)."""
    name = table.get("name") if isinstance(table, dict) else None
    return f'{key}["{name}"]' if isinstance(name, str) and name else f"{key}[{index}]"


def _as_list(raw: Any, key: str, reader: _Reader) -> list[Any]:
    if isinstance(raw, list):
        return raw
    reader.problem(key, f"expected an array of tables: write [[{key}]]")
    return []


def _unknown_hint(name: str, known: Mapping[str, Any]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(sorted(known))}"
    return f"unknown key: {hint}"


def example_keys() -> list[str]:
    """Every documented key as a dotted name, for the config.example.toml test."""
    keys = [f"{section}.{name}" for section, table in SECTIONS.items() for name in table]
    keys += [f"owners.{name}" for name in OWNER_KEYS]
    keys += [f"accounts.{name}" for name in ACCOUNT_KEYS]
    for platform in BUILTIN:
        cls = connector_class(platform)
        keys += [f"accounts.{name}" for name in cls.options]
        keys += [f"accounts.credentials.{name}" for name in cls.credential_keys]
    return sorted(set(keys))
