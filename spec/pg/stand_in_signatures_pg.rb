# frozen_string_literal: true

require_relative "pg_helper"
require "ripper"
require "yaml"

# Stand-ins are promises about Discourse: each public method a stand-in
# defines has the parameters core's own method has, as recorded in
# spec/pg/stand-ins/core_signatures.yml from the discourse/discourse file and
# commit named there; a method core does not have is one of the stand-in's
# recorders that specs read (`calls`, `created`). A method core keeps private
# or protected is recorded so, and the stand-in keeps it so too. A signature
# that drifts from core fails here, and so does a class or module a stand-in
# defines that the file does not record.
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

  # What Ruby keeps private whoever defines it.
  ALWAYS_PRIVATE = %w[
    #initialize
    #initialize_copy
    #initialize_dup
    #initialize_clone
    #respond_to_missing?
  ].freeze

  def self.visibility_of(klass, name)
    owner = name.start_with?(".") ? klass.singleton_class : klass
    method = name.delete_prefix(".").delete_prefix("#")
    if owner.private_method_defined?(method)
      :private
    elsif owner.protected_method_defined?(method)
      :protected
    else
      :public
    end
  end

  # What ActiveRecord and ActiveModel write into a class for its associations,
  # callbacks, validations and attribute methods.
  FRAMEWORK_GENERATED =
    /\A[.#](autosave_associated_records_for_|validate_associated_records_for_|(before|after)_(add|remove)_for_|_reflections|__callbacks|_run_\w+_callbacks\z|_\w+_callbacks=?\z|_validators|defined_enums|default_scope_override|attribute_aliases|attribute_method_patterns|param_delimiter|counter_cached_association_names)/

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
    (instance + singleton - generated).grep_v(FRAMEWORK_GENERATED).sort
  end

  # The classes and modules the stand-in files define, by their full names:
  # every `class` and `module` definition, resolved through the definitions
  # it is nested in as Ruby resolves it, and every constant assigned a class
  # or module (`Serializer = Struct.new(...)`).
  def self.defined_by_stand_ins
    Dir[File.join(__dir__, "stand-ins", "*.rb")].sort.flat_map do |file|
      definitions(Ripper.sexp(File.read(file), file), [Object])
    end
  end

  def self.definitions(node, scopes)
    return [] if !node.is_a?(Array)
    case node.first
    when :class, :module
      defined = resolve(node[1], scopes)
      [defined.name, *definitions(node.last, [*scopes, defined])]
    when :assign, :opassign
      assigned = assigned_constant(node[1], scopes)
      [*(assigned.name if assigned.is_a?(Module)), *definitions(node.last, scopes)]
    else
      node.flat_map { definitions(_1, scopes) }
    end
  end

  # The module a `class`/`module` name refers to: `X` inside the innermost
  # definition, `A::X` below what `A` resolves to, `::X` at the top level.
  def self.resolve(reference, scopes)
    case reference
    in [:const_ref, [:@const, name, _]]
      scopes.last.const_get(name, false)
    in [:const_path_ref, parent, [:@const, name, _]]
      resolve(parent, scopes).const_get(name, false)
    in [:top_const_ref, [:@const, name, _]]
      Object.const_get(name, false)
    in [:var_ref, [:@const, name, _]]
      scopes.reverse.find { _1.const_defined?(name, false) }&.const_get(name, false) ||
        Object.const_get(name)
    end
  end

  # The value of a constant an assignment sets, or nil when it sets no constant.
  def self.assigned_constant(target, scopes)
    case target
    in [:var_field, [:@const, name, _]]
      scopes.last.const_get(name, false)
    in [:const_path_field, parent, [:@const, name, _]]
      resolve(parent, scopes).const_get(name, false)
    in [:top_const_field, [:@const, name, _]]
      Object.const_get(name, false)
    else
      nil
    end
  end

  it "records every class and module the stand-ins define" do
    missing = self.class.defined_by_stand_ins.uniq - recorded.map { _1.fetch("class") }
    expect(missing).to be_empty, "core_signatures.yml does not record #{missing.join(", ")}"
  end

  it "records each of them once" do
    names = recorded.map { _1.fetch("class") }
    expect(names.select { names.count(_1) > 1 }.uniq).to eq([])
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
            expect(self.class.visibility_of(klass, name)).to eq(
              ALWAYS_PRIVATE.include?(name) ? :private : :public,
            )
          end
        end

      %w[private protected].each do |visibility|
        entry
          .fetch(visibility, {})
          .each do |name, list|
            it "#{name} is #{visibility} and takes #{list} as in #{entry.fetch("core")}" do
              expect(self.class.stand_in_method(klass, name).parameters).to eq(
                self.class.parameters_of(list),
              )
              expect(self.class.visibility_of(klass, name)).to eq(visibility.to_sym)
            end
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
