// CSS custom properties in a style object (style={{ "--label-hosts": … }}),
// typed instead of cast: React passes them through as they are.
import "react";

declare module "react" {
  interface CSSProperties {
    [name: `--${string}`]: string | number | undefined;
  }
}
