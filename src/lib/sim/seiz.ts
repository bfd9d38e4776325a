/**
 * Rumour spread per (claim, audience): a SEIZ compartment model (Jin, Dougherty, Saraf, Cao & Ramakrishnan,
 * "Epidemiological modeling of news and rumors on Twitter", SNAKDD 2013), stepped once per scenario minute.
 *   S susceptible — has not seen the claim        E exposed — has seen it, undecided
 *   I believers/spreaders — posts and shares it    Z skeptics — has seen it and rejects it
 * docs/simulation.md explains every parameter in plain words.
 */
import { binomial, type Rand } from './rng.ts';

export interface Compartments {
	S: number;
	E: number;
	I: number;
	Z: number;
	/** New believers in the last minute: the claim's posting volume. */
	volume: number;
}

export interface SpreadParams {
	/** Contact rate with believers, per minute. */
	beta: number;
	/** Share of S→I on contact (the rest become exposed). */
	p: number;
	/** Contact rate with skeptics, per minute, and share of S→Z on such contact. */
	b: number;
	l: number;
	/** Exposed who adopt by themselves, per minute; exposed who adopt after further contact. */
	epsilon: number;
	rho: number;
	/** Believers losing interest and turning skeptic, per minute. */
	fade: number;
}

export const DEFAULTS = {
	/** Base contact rate; scaled by the claim's virality and the audience's susceptibility. */
	beta: 0.3,
	p: 0.35,
	b: 0.08,
	l: 0.6,
	epsilon: 0.02,
	rho: 0.3,
	fade: 0.004,
	/** True claims spread at this fraction of a false claim's rate (Vosoughi, Roy & Aral 2018: falsehood
	 * diffused "farther, faster, deeper and more broadly"). */
	truthFactor: 0.45
};

export function paramsFor(virality: number, susceptibility: number, truth: boolean): SpreadParams {
	const scale = (0.4 + virality) * (0.3 + susceptibility) * (truth ? DEFAULTS.truthFactor : 1);
	return {
		beta: DEFAULTS.beta * scale,
		p: DEFAULTS.p,
		b: DEFAULTS.b,
		l: DEFAULTS.l,
		epsilon: DEFAULTS.epsilon * (0.5 + susceptibility),
		rho: DEFAULTS.rho * scale,
		fade: DEFAULTS.fade
	};
}

export function initial(size: number): Compartments {
	return { S: size, E: 0, I: 0, Z: 0, volume: 0 };
}

export interface MinuteDrivers {
	/** Extra believer pressure from outside the audience (other audiences, coordinated amplification), as a
	 * fraction comparable to I/N. */
	pressure: number;
	/** Correction level 0…1 from the trainee's credible corrections (lower contact rate, pull to skeptic). */
	correction: number;
}

/** One minute of the model. Expected-value mode when `rand` is undefined; seeded binomial draws otherwise.
 * The four compartments always sum to the audience size. */
export function stepMinute(
	c: Compartments,
	k: SpreadParams,
	d: MinuteDrivers,
	rand?: Rand
): Compartments {
	const N = c.S + c.E + c.I + c.Z;
	if (N <= 0) return { ...c, volume: 0 };
	const corr = Math.min(1, Math.max(0, d.correction));
	const force = k.beta * (c.I / N + d.pressure) * (1 - 0.75 * corr);
	const skeptic = k.b * (c.Z / N + 0.5 * corr);
	const pS = 1 - Math.exp(-(force + skeptic));
	const pEI = 1 - Math.exp(-(k.epsilon + k.rho * (c.I / N + d.pressure)) * (1 - 0.6 * corr));
	const pEZ = 1 - Math.exp(-(0.004 + 0.12 * corr));
	const pIZ = 1 - Math.exp(-(k.fade + 0.05 * corr));
	const draw = (n: number, p: number) => (rand ? binomial(rand, Math.round(n), p) : n * p);

	const leaveS = draw(c.S, pS);
	const share = force + skeptic > 0 ? force / (force + skeptic) : 0;
	const sToI = leaveS * share * k.p;
	const sToE = leaveS * share * (1 - k.p) + leaveS * (1 - share) * (1 - k.l);
	const sToZ = Math.max(0, leaveS - sToI - sToE);
	const eToI = draw(c.E, pEI);
	const eToZ = Math.min(c.E - eToI, draw(c.E, pEZ));
	const iToZ = draw(c.I, pIZ);
	return {
		S: c.S - leaveS,
		E: c.E + sToE - eToI - eToZ,
		I: c.I + sToI + eToI - iToZ,
		Z: c.Z + sToZ + eToZ + iToZ,
		volume: sToI + eToI
	};
}

/** Move `n` accounts from S straight to I (a rumour seeded by its first posts). */
export function seed(c: Compartments, n: number): Compartments {
	const moved = Math.min(c.S, Math.max(0, n));
	return { ...c, S: c.S - moved, I: c.I + moved, volume: c.volume + moved };
}
