# frozen_string_literal: true

# Discourse's eq_time matcher (spec/support/time_matcher.rb in
# discourse/discourse), for the specs here that run without Discourse: two
# times are equal to the millisecond, as the database keeps them.
if !RSpec::Matchers.method_defined?(:eq_time)
  RSpec::Matchers.define :eq_time do |expected|
    match do |actual|
      actual.nil? ? expected.nil? : !expected.nil? && (actual - expected).abs < 0.001
    end
    failure_message do |actual|
      "expected #{actual.inspect} to be the same time as #{expected.inspect}"
    end
  end
end
