/**
 * Builders: library calls that return an object made of the data they are given, without storing or sending it
 * (an ORM's entity factories, a validator's parse that returns its input checked). The engine passes their arguments' values through, field by field, so that what a
 * later `save` writes is what was put in the entity (issue #12: value-level facts), not every column its type has.
 */
export interface BuilderSpec {
  packages: readonly string[];
  member: RegExp;
  container?: RegExp;
  /**
   * A validator: its result is its input checked, typed by the schema. What it was given passes through, and what it
   * writes to a store is still known by its type (the input is usually an untyped request body).
   */
  validates?: true;
}

export const BUILDERS: readonly BuilderSpec[] = [
  // TypeORM: repo.create(plain), repo.merge(entity, plain…), repo.preload(plain), manager.create(Entity, plain), Entity.create(plain)
  { packages: ['typeorm'], member: /^(create|merge|preload)$/, container: /(Repository|EntityManager|^BaseEntity)$/ },
  // Sequelize: Model.build(values)
  { packages: ['sequelize'], member: /^build$/, container: /^Model$/ },
  // MikroORM: em.create(Entity, data), em.assign(entity, data), wrap(entity).assign(data)
  { packages: ['@mikro-orm/core'], member: /^(create|assign)$/ },
  // Validators returning the validated input: zod's schema.parse(v), yup's validate/cast, Joi's validateAsync,
  // valibot's parse(schema, v), class-transformer's plainToInstance(Cls, v). Not zod's safeParse or Joi's validate,
  // whose result wraps the value ({ success, data }, { value, error }).
  { packages: ['zod'], member: /^(parse|parseAsync)$/, validates: true },
  { packages: ['yup'], member: /^(validate|validateSync|cast)$/, validates: true },
  { packages: ['joi'], member: /^validateAsync$/, validates: true },
  { packages: ['valibot'], member: /^(parse|parseAsync)$/, validates: true },
  { packages: ['class-transformer'], member: /^(plainToInstance|plainToClass)$/, validates: true },
];
