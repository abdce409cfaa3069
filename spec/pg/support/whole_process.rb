# frozen_string_literal: true

# The whole process played at random (spec/pg/decision_invariants_random_pg.rb).
%w[world actions oracle runner].each { require_relative "whole_process/#{_1}" }
