import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { AgendaRule } from '@mace/shared-domain';
import { AgendaRuleDefinition, AgendaRuleProvider } from './agenda-rule';

/**
 * Every agenda rule in the application, found by its `@AgendaRuleProvider()` mark in whatever
 * module declares it (all providers exist before any onModuleInit runs). Two providers for one
 * rule are a wiring mistake and stop the start-up.
 */
@Injectable()
export class AgendaRuleRegistry implements OnModuleInit {
  private readonly byRule = new Map<AgendaRule, AgendaRuleDefinition>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: AgendaRuleProvider.KEY })) {
      const definition = wrapper.instance as AgendaRuleDefinition | undefined;
      if (!definition) continue;
      if (this.byRule.has(definition.rule)) throw new Error(`two agenda rule providers for ${definition.rule}`);
      this.byRule.set(definition.rule, definition);
    }
  }

  /** The providers of `rules` that exist, in the order given (CHAIR_ADDED has none: the chair adds those). */
  forRules(rules: readonly AgendaRule[]): AgendaRuleDefinition[] {
    return rules.flatMap((rule) => {
      const definition = this.byRule.get(rule);
      return definition ? [definition] : [];
    });
  }
}
