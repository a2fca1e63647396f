import { Component, type ErrorInfo, type ReactNode } from 'react';

interface WidgetBoundaryProps {
  /** What the widget is, for the message ("the P/Q bars"). */
  label: string;
  children: ReactNode;
}

/**
 * Keeps one broken widget from taking the lesson down: it shows a short message in the
 * widget's place and the rest of the page keeps working. (React still needs a class for this.)
 */
export class WidgetBoundary extends Component<WidgetBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Keep the cause visible to developers; students see the message below.
    reportError(Object.assign(new Error(`${this.props.label} failed`, { cause: error }), info));
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <span role="alert" className="widget-error">
        Sorry, {this.props.label} could not be shown. The rest of the lesson still works; reloading
        the page may help.
      </span>
    );
  }
}
