# frozen_string_literal: true

# The matchers Discourse's service specs use (spec/support/service_matchers.rb
# in discourse/discourse): the result ran, or failed at a named step.
module ServiceMatchers
  class FailAt
    def initialize(type, name, check = :failure?)
      @type, @name, @check = type, name, check
    end

    def matches?(result)
      @result = result
      step = result["result.#{@type}.#{@name}"]
      result.failure? && step.present? && step.failure? && (@check == :failure? || step[@check])
    end

    def failure_message
      "expected the service to fail at #{@type} '#{@name}', but #{describe_result}"
    end

    def failure_message_when_negated
      "expected the service not to fail at #{@type} '#{@name}'"
    end

    def description
      "fail at #{@type} '#{@name}'"
    end

    private

    def describe_result
      return "it succeeded" if @result.success?
      failed =
        @result.to_h.select { |key, value| key.to_s.start_with?("result.") && value.try(:failure?) }
      details =
        failed.map do |key, step|
          why =
            step[:reason] || step[:error] || step[:errors]&.full_messages&.to_sentence ||
              step[:exception]&.message
          "#{key.to_s.delete_prefix("result.")} (#{why || "no reason"})"
        end
      "it failed at #{details.join(", ")}"
    end
  end

  class RunSuccessfully < FailAt
    def initialize
      super(nil, nil)
    end

    def matches?(result)
      @result = result
      result.success?
    end

    def failure_message
      "expected the service to succeed, but #{describe_result}"
    end

    def description
      "run successfully"
    end
  end

  def run_successfully
    RunSuccessfully.new
  end

  def fail_a_contract(name = :default)
    FailAt.new(:contract, name)
  end

  def fail_a_policy(name)
    FailAt.new(:policy, name)
  end

  def fail_to_find_a_model(name = :model)
    FailAt.new(:model, name, :not_found)
  end

  def fail_a_step(name)
    FailAt.new(:step, name)
  end
end
