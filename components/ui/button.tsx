// Generic button styles; no domain knowledge here.
import type { ButtonHTMLAttributes } from "react";

// The looks are utilities in app/globals.css (btn, btn-primary, …).
const variants = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  ghost: "btn-ghost",
} as const;

export function buttonClass(variant: keyof typeof variants = "primary") {
  return `btn ${variants[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...props} />;
}
