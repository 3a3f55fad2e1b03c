interface AdminFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Tapping the field makes it the on-screen keyboard's target. */
  active: boolean;
  onActivate: () => void;
  hint?: string | null;
  /** The server's words about this field, shown next to it. */
  error?: string | null;
  placeholder?: string;
  /** Whether the setting is in force yet (needs a restart, overridden), shown whatever else is shown. */
  note?: string | null;
}

/**
 * A text field for the on-screen keyboard: `inputMode="none"` keeps the system's own
 * touch keyboard away, while a USB keyboard plugged in by staff still types into it.
 */
export function AdminField({ name, label, value, onChange, active, onActivate, hint = null, error = null, placeholder, note = null }: AdminFieldProps) {
  const id = `admin-field-${name}`;
  return (
    <div className={`admin-field${active ? ' admin-field--active' : ''}${error ? ' admin-field--invalid' : ''}`}>
      <label className="admin-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="admin-field__input"
        data-testid={id}
        value={value}
        inputMode="none"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onFocus={onActivate}
        onPointerDown={onActivate}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="admin-field__hint">
          {hint}
        </p>
      )}
      {note && (
        <p className="admin-field__note" data-testid={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="admin-field__error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
