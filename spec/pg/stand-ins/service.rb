# frozen_string_literal: true

# Discourse's service objects, as far as the plugin uses them. Mirrors
# discourse/discourse lib/service/base.rb, lib/service/base/{context,step,
# model_step,policy_step,contract_step,transaction_step,steps_helpers}.rb,
# lib/service/contract_base.rb, lib/service/policy_base.rb and
# lib/service/runner.rb. The semantics the plugin depends on are kept:
# - any exception raised while fetching a model means "model not found";
# - step methods may not take optional arguments, only required keywords;
# - only the first matching `on_*` block runs, `on_failure` last, and nothing
#   runs when no block matches;
# - `fail!` marks the step that called it.
module Service
  class ContractBase
    include ActiveModel::API
    include ActiveModel::Attributes
    include ActiveModel::AttributeMethods
    include ActiveModel::Validations::Callbacks

    delegate :slice, :merge, to: :to_hash

    # Keys the contract does not declare are dropped, not refused.
    def initialize(*args, options: nil, **kwargs)
      @__options__ = options
      kwargs.deep_symbolize_keys!.slice!(*self.class.attribute_names.map(&:to_sym))
      super(*args, **kwargs)
    end

    def options
      @__options__
    end

    def to_hash
      attributes.symbolize_keys
    end

    def raw_attributes
      @attributes.values_before_type_cast
    end
  end

  class PolicyBase
    attr_reader :context

    delegate :guardian, to: :context

    def initialize(context)
      @context = context
    end

    # Abstract, as in Discourse: each policy class defines both.
    def call
      raise NotImplementedError, "#{self.class.name} must define #call"
    end

    def reason
      raise NotImplementedError, "#{self.class.name} must define #reason"
    end
  end

  module Base
    extend ActiveSupport::Concern

    class Failure < StandardError
      attr_reader :context

      def initialize(context = nil)
        @context = context
        super
      end
    end

    class Context
      delegate :slice, :dig, :merge!, to: :store

      def self.build(context = {})
        self === context ? context : new(context)
      end

      def initialize(context = {})
        @store = context.symbolize_keys
      end

      def [](key)
        store[key.to_sym]
      end

      def []=(key, value)
        store[key.to_sym] = value
      end

      def to_h
        store.deep_dup
      end

      def success?
        !failure?
      end

      def failure?
        @failure || false
      end

      def fail!(context = {})
        self.fail(context)
        raise Failure, self
      end

      def fail(context = {})
        store.merge!(context.symbolize_keys)
        @failure = true
        self
      end

      private

      attr_reader :store

      def method_missing(method_name, *args, &block)
        return super if args.present?
        store[method_name]
      end

      def respond_to_missing?(name, include_all)
        store.key?(name) || super
      end
    end

    module StepsHelpers
      def model(name = :model, step_name = :"fetch_#{name}", optional: false)
        steps << ModelStep.new(name, step_name, optional:)
      end

      def params(
        name = :default,
        default_values_from: nil,
        base_class: Service::ContractBase,
        &block
      )
        # As core's Service::Base builds it: the block is the contract's body.
        # rubocop:disable Discourse/Plugins/NoMonkeyPatching
        contract_class = Class.new(base_class).tap { |klass| klass.class_eval(&block) if block }
        # rubocop:enable Discourse/Plugins/NoMonkeyPatching
        const_set("#{name.to_s.classify.sub("Default", "")}Contract", contract_class)
        steps << ContractStep.new(name, class_name: contract_class, default_values_from:)
      end

      def policy(name = :default, class_name: nil)
        steps << PolicyStep.new(name, class_name:)
      end

      def step(name)
        steps << Step.new(name)
      end

      def transaction(&block)
        steps << TransactionStep.new(&block)
      end
    end

    class Step
      class DefaultValuesNotAllowed < StandardError
      end

      attr_reader :name, :method_name, :class_name

      def initialize(name, method_name = name, class_name: nil)
        @name, @method_name, @class_name = name, method_name, class_name
        @instance = Concurrent::ThreadLocalVar.new
        @context = Concurrent::ThreadLocalVar.new
      end

      def call(instance, context)
        @instance.value, @context.value = instance, context
        context[result_key] = Context.build
        run_step
      end

      def result_key
        "result.#{type}.#{name}"
      end

      def instance
        @instance.value
      end

      def context
        @context.value
      end

      private

      def run_step
        object = class_name&.new(context)
        method = object&.method(:call) || instance.method(method_name)
        if !object && method.parameters.any? { |(kind, _)| kind != :keyreq }
          raise DefaultValuesNotAllowed,
                "In #{type} '#{name}': default values in step implementations are not allowed."
        end
        args = context.slice(*method.parameters.select { |(kind, _)| kind == :keyreq }.map(&:last))
        context[result_key][:object] = object if object
        instance.instance_exec(**args, &method)
      end

      def type
        self.class.name.split("::").last.underscore.sub(/^(\w+)_step$/, "\\1")
      end
    end

    class ModelStep < Step
      class NotFound < StandardError
      end

      attr_reader :optional

      def initialize(name, method_name = name, class_name: nil, optional: nil)
        super(name, method_name, class_name:)
        @optional = optional.present?
      end

      def run_step
        context[name] = super
        raise NotFound if !optional && (!context[name] || context[name].try(:empty?))
        if context[name].try(:has_changes_to_save?) && context[name].try(:invalid?)
          context[result_key].fail(invalid: true)
          context.fail!
        end
      rescue Failure, DefaultValuesNotAllowed
        raise
      rescue => exception
        context[result_key].fail(
          not_found: true,
          exception: (exception unless exception.is_a?(NotFound)),
        )
        context.fail!
      end
    end

    class PolicyStep < Step
      def run_step
        if !super
          context[result_key].fail(reason: context[result_key][:object]&.reason)
          context.fail!
        end
      end
    end

    class ContractStep < Step
      attr_reader :default_values_from

      def initialize(name, method_name = name, class_name: nil, default_values_from: nil)
        super(name, method_name, class_name:)
        @default_values_from = default_values_from
      end

      def run_step
        contract =
          class_name.new(
            **default_values.deep_merge(context[:params].to_h),
            options: context[:options],
          )
        context[contract_name] = contract
        if contract.invalid?
          context[result_key].fail(errors: contract.errors, parameters: contract.raw_attributes)
          context.fail!
        end
        contract.freeze
      end

      private

      def contract_name
        name.to_sym == :default ? :params : :"#{name}_contract"
      end

      def default_values
        return {} if !default_values_from
        model = context[default_values_from]
        (model.try(:attributes) || model).with_indifferent_access
      end
    end

    class TransactionStep < Step
      include StepsHelpers

      attr_reader :steps

      def initialize(**options, &block)
        super("")
        @steps = []
        @options = options
        instance_exec(&block)
      end

      def run_step
        ActiveRecord::Base.transaction(**@options) do
          steps.each { |step| step.call(instance, context) }
        end
      end
    end

    included { attr_reader :context }

    class_methods do
      include StepsHelpers

      def call(context = {}, &actions)
        return new(context).tap(&:run).context if !block_given?
        Service::Runner.call(self, context, &actions)
      end

      def call!(context = {})
        new(context).tap(&:run!).context
      end

      def steps
        @steps ||= []
      end
    end

    def initialize(initial_context = {})
      @context =
        Context.build(
          initial_context
            .compact
            .reverse_merge(params: {})
            .merge(__steps__: self.class.steps, __service_class__: self.class),
        )
      initialize_params
    end

    def run
      run!
    rescue Failure => exception
      raise if context.object_id != exception.context.object_id
    end

    def run!
      self.class.steps.each { |step| step.call(self, context) }
    end

    def fail!(message)
      step_name = caller_locations(1, 1)[0].base_label
      context["result.step.#{step_name}"].fail(error: message)
      context.fail!
    end

    private

    # Discourse builds a `Data` class here (Ruby 3.2); a Struct with the same
    # readers, and nil for unknown ones, behaves alike for the plugin.
    def initialize_params
      raw = context[:params].to_h.symbolize_keys
      klass =
        Struct.new(*raw.keys, keyword_init: true) do
          alias_method :to_hash, :to_h
          delegate :slice, :merge, to: :to_h

          def method_missing(*)
            nil
          end

          def respond_to_missing?(*)
            true
          end
        end
      context[:params] = raw.empty? ? klass.new : klass.new(**raw)
    end
  end

  class Runner
    AVAILABLE_ACTIONS = {
      on_success: {
        condition: -> { result.success? },
        key: [],
      },
      on_failure: {
        condition: -> { result.failure? },
        key: [],
      },
      on_failed_step: {
        condition: ->(name) { failure_for?("result.step.#{name}") },
        key: %w[result step],
      },
      on_failed_policy: {
        condition: ->(name = "default") { failure_for?("result.policy.#{name}") },
        key: %w[result policy],
        default_name: "default",
      },
      on_failed_contract: {
        condition: ->(name = "default") { failure_for?("result.contract.#{name}") },
        key: %w[result contract],
        default_name: "default",
      },
      on_model_not_found: {
        condition: ->(name = "model") do
          failure_for?("result.model.#{name}") && result["result.model.#{name}"].not_found
        end,
        key: %w[result model],
        default_name: "model",
      },
      on_model_errors: {
        condition: ->(name = "model") do
          failure_for?("result.model.#{name}") && result["result.model.#{name}"].invalid
        end,
        key: [],
        default_name: "model",
      },
    }.with_indifferent_access.freeze

    attr_reader :service, :object, :dependencies

    def self.call(service, dependencies = {}, &block)
      new(service, block.binding.eval("self"), dependencies).call(&block)
    end

    def initialize(service, object, dependencies)
      @service = service
      @object = object
      @dependencies = dependencies
      @actions = {}
    end

    def call(&block)
      instance_exec(result, &block)
      (
        actions
          .except(:on_failure)
          .merge(actions.slice(:on_failure))
          .detect { |_name, (condition, _)| condition.call } || [-> {}]
      ).flatten.last.call
    end

    private

    attr_reader :actions

    def result
      @result ||= service.call(dependencies)
    end

    def failure_for?(key)
      result[key]&.failure?
    end

    def add_action(name, *args, &block)
      action = AVAILABLE_ACTIONS[name]
      actions[[name, *args].join("_").to_sym] = [
        -> { instance_exec(*args, &action[:condition]) },
        -> do
          object.instance_exec(
            result[[*action[:key], args.first || action[:default_name]].join(".")],
            **result.slice(*block.parameters.filter_map { |(kind, key)| key if kind == :keyreq }),
            &block
          )
        end,
      ]
    end

    def method_missing(method_name, *args, &block)
      return super if !AVAILABLE_ACTIONS[method_name]
      add_action(method_name, *args, &block)
    end

    def respond_to_missing?(method_name, include_private = false)
      AVAILABLE_ACTIONS[method_name] || super
    end
  end
end

# The `:array` attribute type. Mirrors discourse/discourse
# lib/active_support_type_extensions/array.rb: a string is split on commas,
# and every item of an array that Integer() accepts becomes an integer
# ("12" -> 12, "010" -> 8, "0x1f" -> 31).
module ActiveSupportTypeExtensions
  class Array < ActiveModel::Type::Value
    def serializable?(_)
      false
    end

    def cast_value(value)
      case value
      when String
        value.split(",")
      when ::Array
        value.map { |item| Integer(item, exception: false) || item }
      else
        ::Array.wrap(value)
      end
    end
  end
end

ActiveModel::Type.register(:array, ActiveSupportTypeExtensions::Array)
