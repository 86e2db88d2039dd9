import 'reflect-metadata';
import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { memoizeValidationMetadata } from './validation';

class Base {
  @IsString()
  name!: string;
}

class Child extends Base {
  @IsInt({ groups: ['strict'] })
  age!: number;
}

describe('memoizeValidationMetadata', () => {
  const storage = getMetadataStorage();
  beforeAll(() => memoizeValidationMetadata());

  it('answers what class-validator resolves, once per class and argument set', async () => {
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(first);
    // own and inherited rules, as the unmemoized lookup gives them
    expect(first.map((m) => m.propertyName).sort()).toEqual(['age', 'name']);
    // another argument set is resolved on its own
    const strict = storage.getTargetValidationMetadatas(Child, '', false, false, ['strict']);
    expect(strict).not.toBe(first);
    expect(strict.map((m) => m.propertyName)).toEqual(['age']);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    // validation itself still refuses and accepts as before
    expect(await validate(Object.assign(new Child(), { name: 7, age: 1 }))).toHaveLength(1);
    expect(await validate(Object.assign(new Child(), { name: 'x', age: 'y' }), { groups: ['strict'] })).toHaveLength(1);
    expect(await validate(Object.assign(new Child(), { name: 'x', age: 1 }))).toHaveLength(0);
    expect(await validate(Object.assign(new Child(), { name: 'x' }), { strictGroups: true })).toHaveLength(0);
  });

  it('drops what it kept when rules are registered later (a rule added to a class already validated counts)', async () => {
    class Late {
      @IsString()
      code!: string;
    }
    expect(await validate(Object.assign(new Late(), { code: 'x'.repeat(20) }))).toHaveLength(0);
    MaxLength(10)(Late.prototype, 'code');
    expect(await validate(Object.assign(new Late(), { code: 'x'.repeat(20) }))).toHaveLength(1);
  });

  it('is installed once however often it is called', () => {
    const lookup = storage.getTargetValidationMetadatas;
    memoizeValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });
});
