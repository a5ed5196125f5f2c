/** The headline indicators live in the domain layer: the economy page and the overview read the same list. */
export * from '../../../domain/main-indicators';
