# frozen_string_literal: true

module DiscourseMediation
  # Gives a policy class one subclass per lifecycle event or action, so that
  # a service reads `policy :may_take, class_name: Case::Policy::MayTake[:claim]`.
  module Case::Policy::PerCheck
    attr_reader :check

    def [](check)
      @for ||= {}
      @for[check] ||= Class.new(self) { @check = check }
    end
  end
end
