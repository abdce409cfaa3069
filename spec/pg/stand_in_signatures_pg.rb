# frozen_string_literal: true

require_relative "pg_helper"
require "yaml"

# Stand-ins are promises about Discourse: each public method a stand-in
# defines has the parameters core's own method has, as recorded in
# spec/pg/stand-ins/core_signatures.yml from the discourse/discourse file and
# commit named there; a method core does not have is one of the stand-in's
# recorders that specs read (`calls`, `created`). A signature that drifts from
# core fails here.
RSpec.describe "the stand-ins' signatures" do
  recorded = YAML.load_file(File.join(__dir__, "stand-ins", "core_signatures.yml"))

  # The parameters Ruby reports for a `def` with this parameter list.
  def self.parameters_of(list)
    Module
      .new
      .tap { _1.module_eval("def signature#{list}; end", __FILE__, __LINE__) }
      .instance_method(:signature)
      .parameters
  end

  def self.stand_in_method(klass, name)
    if name.start_with?(".")
      klass.method(name.delete_prefix("."))
    else
      klass.instance_method(name.delete_prefix("#"))
    end
  end

  # What ActiveRecord writes into a model for its associations and callbacks.
  ACTIVE_RECORD_GENERATED =
    /\A[.#](autosave_associated_records_for_|validate_associated_records_for_|(before|after)_(add|remove)_for_|_reflections|__callbacks|_validators|defined_enums|default_scope_override)/

  # What the stand-in file itself defines, public, on the class and its instances.
  def self.own_methods(klass)
    instance = klass.public_instance_methods(false).map { "##{_1}" }
    singleton = klass.singleton_methods(false).map { ".#{_1}" }
    generated =
      (
        if klass.respond_to?(:generated_association_methods)
          klass.generated_association_methods.instance_methods.map { "##{_1}" }
        else
          []
        end
      )
    (instance + singleton - generated).grep_v(ACTIVE_RECORD_GENERATED).sort
  end

  recorded.each do |entry|
    describe entry.fetch("class") do
      let(:klass) { entry.fetch("class").constantize }

      entry
        .fetch("methods")
        .each do |name, list|
          it "#{name} takes #{list} as in #{entry.fetch("core")}" do
            expect(self.class.stand_in_method(klass, name).parameters).to eq(
              self.class.parameters_of(list),
            )
          end
        end

      it "defines nothing public that core lacks, beyond its recorders" do
        allowed =
          entry.fetch("methods").keys + entry.fetch("recorders", []) + entry.fetch("framework", [])
        expect(self.class.own_methods(klass) - allowed).to eq([])
      end
    end
  end
end
