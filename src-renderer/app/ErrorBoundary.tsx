import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from './describe-error';

interface Props {
  children: ReactNode;
  onReset?: () => void;
}

/** A screen that failed to read or render shows what happened in plain words, never a blank page. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(
      `[fieldbook] screen failed (${describeError(error, 'showing this screen').code})`,
      error,
      info.componentStack,
    );
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error === null) return this.props.children;
    const { message } = describeError(this.state.error, 'showing this screen');
    return (
      <div className="page">
        <div className="empty empty--page" role="alert">
          <h1>This screen could not be shown</h1>
          <p>{message}</p>
          <div className="form-actions form-actions--start">
            <button type="button" className="button button--primary" onClick={this.retry}>
              Try again
            </button>
            {/* biome-ignore lint/a11y/useValidAnchor: a real link to the Book that also clears the error first. */}
            <a className="button" href="#/book" onClick={this.retry}>
              Back to the Book
            </a>
          </div>
        </div>
      </div>
    );
  }
}
