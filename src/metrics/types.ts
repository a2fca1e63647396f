/** Logarithm base of a result: 'nats' (natural log, the default) or 'bits' (log base 2). */
export type Unit = 'bits' | 'nats';

/** A discrete distribution: probabilities that are finite, >= 0 and sum to 1. */
export type Distribution = ArrayLike<number>;

/** A normal distribution N(mu, sigma^2); sigma is the standard deviation, not the variance. */
export interface Gaussian {
  mu: number;
  sigma: number;
}

/** One weighted component of a Gaussian mixture. */
export interface MixtureComponent extends Gaussian {
  weight: number;
}

/** A Gaussian mixture; the component weights sum to 1. */
export type Mixture = MixtureComponent[];
